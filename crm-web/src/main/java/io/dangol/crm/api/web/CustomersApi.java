package io.dangol.crm.api.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.api.ApiToken;
import io.dangol.crm.api.ApiCustomer;
import io.dangol.crm.api.ApiCustomers.CustomerQuery;
import io.dangol.crm.api.ApiCustomers;
import io.dangol.crm.api.ApiOrder;
import io.dangol.crm.importing.ImportRecord;
import io.dangol.crm.importing.RecordKind;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.web.AccessTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers for channel systems: written by the source system's id, found by it, by phone or by e-mail. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "customers")
@SecurityRequirement(name = "token")
class CustomersApi {

    static final int MAX_PAGE_SIZE = 200;

    private final ImportRecord importRecord;
    private final ApiCustomers customers;
    private final AccessTrail accessTrail;
    private final io.dangol.crm.api.ApiAccess access;
    private final ApiEdits edits;

    CustomersApi(ImportRecord importRecord, ApiCustomers customers, AccessTrail accessTrail,
                 io.dangol.crm.api.ApiAccess access, ApiEdits edits) {
        this.access = access;
        this.edits = edits;
        this.importRecord = importRecord;
        this.customers = customers;
        this.accessTrail = accessTrail;
    }

    /** A customer as a channel system sends it. Dates as {@code 2026-01-31} or {@code 2026-01-31T14:30}. */
    record CustomerBody(String name, String kind, String phone, String email, String address, String since,
                        List<String> tags) {
    }

    /** A page of customers, with how many there are in all. */
    record CustomerPage(List<ApiCustomer> items, int page, int size, long total) {
    }

    @PutMapping("/{customerId}")
    @Operation(summary = "Create or update a customer by their id in the token's source system (idempotent)",
            description = "Scope customers:write. 201 when created, 200 when updated or unchanged; 422 with the field "
                    + "that cannot be read. A new phone, e-mail or address is added as a contact point.")
    ResponseEntity<ApiWrites.WriteResult> put(@PathVariable String customerId, @RequestBody CustomerBody body,
                                              @AuthenticationPrincipal ApiToken token, HttpServletRequest request) {
        io.dangol.crm.importing.RecordWrite written = importRecord.handle(RecordKind.CUSTOMERS, token.sourceSystem(), ApiWrites.fields("customer_id", customerId,
                        "name", body.name(), "kind", body.kind(), "phone", body.phone(), "email", body.email(),
                        "address", body.address(), "since", body.since(),
                        "tags", body.tags() == null ? null : String.join("|", body.tags())));
        edits.ofCustomer(request, token, written, customerId, "api customer");
        return ApiWrites.answer(written, customerId, URI.create("/api/v1/customers?customerId=" + URLEncoder.encode(customerId,
                StandardCharsets.UTF_8)));
    }

    @GetMapping
    @Operation(summary = "Find customers: by the token's source system's id, by phone (any format) or e-mail; "
            + "paged by id", description = "Scope customers:read. One of customerId, phone or email is required (400 "
            + "without): the API answers lookups, not lists of everyone. Only customers of the token's source system, "
            + "unless it holds customers:read-all; at most CRM_API_DAILY_CUSTOMERS customers a day per token (429 with "
            + "Retry-After beyond). Every answer is written to the access log.")
    CustomerPage find(@RequestParam Optional<String> customerId, @RequestParam Optional<String> phone,
                      @RequestParam Optional<String> email, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal ApiToken token,
                      HttpServletRequest request) {
        checkPaging(page, size);
        if (customerId.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            // a list of everyone is not a lookup: a channel system asks for the customer it has in front of it
            throw new ApiRejected(400, "api.problem.filter", "customerId, phone, email");
        }
        Optional<String> lookup = Optional.empty();
        if (phone.isPresent()) {
            lookup = Optional.of(PhoneNumber.tryParse(phone.get())
                    .orElseThrow(() -> new ApiRejected(400, "import.reject.value", "phone = " + phone.get()))
                    .e164().substring(1));
        }
        Optional<String> address = email.map(text -> EmailAddress.tryParse(text)
                .orElseThrow(() -> new ApiRejected(400, "import.reject.value", "email = " + text)).value());
        // a token reads the customers of its own source system, unless it was granted customers:read-all
        Optional<String> source = readsAll(token) ? customerId.map(id -> token.sourceSystem()) : Optional.of(token.sourceSystem());
        CustomerQuery query = new CustomerQuery(source, customerId, lookup, address);
        List<ApiCustomer> found = customers.find(query, page, size);
        withinDailyCap(token, found.size());
        accessTrail.customers(request, "api:" + token.name(), found.stream().map(ApiCustomer::id).toList(),
                AccessAction.VIEW, "api customers lookup");
        return new CustomerPage(found, page, size, customers.count(query));
    }

    /** A page of a customer's orders, newest first. */
    record OrderPage(List<ApiOrder> items, int page, int size, long total) {
    }

    @GetMapping("/{id:[0-9]+}/orders")
    @Operation(summary = "A customer's orders with their lines and refunds, newest first, paged",
            description = "Scope customers:read. Written to the access log.")
    OrderPage orders(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal ApiToken token,
                     HttpServletRequest request) {
        checkPaging(page, size);
        if (id <= 0 || !readable(token, customers.byId(CustomerId.of(id)))) {
            throw new ApiRejected(404, "api.problem.noCustomer", String.valueOf(id));
        }
        withinDailyCap(token, 1);
        List<ApiOrder> orders = customers.orders(CustomerId.of(id), page, size);
        accessTrail.customer(request, "api:" + token.name(), id, AccessAction.VIEW, "api customer orders page " + page);
        return new OrderPage(orders, page, size, customers.orderCount(CustomerId.of(id)));
    }

    private static void checkPaging(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiRejected(400, "api.problem.paging", String.valueOf(MAX_PAGE_SIZE));
        }
    }

    @GetMapping("/{id:[0-9]+}")
    @Operation(summary = "One customer by Dangol's id", description = "Scope customers:read. Written to the access log.")
    ApiCustomer one(@PathVariable long id, @AuthenticationPrincipal ApiToken token, HttpServletRequest request) {
        ApiCustomer customer = (id > 0 ? customers.byId(CustomerId.of(id)) : java.util.Optional.<ApiCustomer>empty())
                .filter(found -> readable(token, Optional.of(found)))
                .orElseThrow(() -> new ApiRejected(404, "api.problem.noCustomer", String.valueOf(id)));
        withinDailyCap(token, 1);
        accessTrail.customer(request, "api:" + token.name(), id, AccessAction.VIEW, "api customer");
        return customer;
    }

    private static boolean readsAll(ApiToken token) {
        return token.scopes().contains(io.dangol.crm.api.ApiScope.CUSTOMERS_READ_ALL);
    }

    /** A customer of another source system answers as if absent, unless the token reads all. */
    private static boolean readable(ApiToken token, Optional<ApiCustomer> customer) {
        return customer.isPresent() && (readsAll(token)
                || customer.get().sourceSystem().map(token.sourceSystem()::equals).orElse(false));
    }

    private void withinDailyCap(ApiToken token, int customersAnswered) {
        io.dangol.crm.api.ApiAccess.Allowance allowance = access.answer(token.id(), customersAnswered);
        if (!allowance.allowed()) {
            throw new ApiRejected(429, "api.problem.dailyCap", String.valueOf(access.customersPerDay()))
                    .retryAfter(allowance.retryAfterSeconds());
        }
    }
}
