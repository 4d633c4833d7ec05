package io.dangol.crm.api.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.api.ApiCustomers;
import io.dangol.crm.api.ApiToken;
import io.dangol.crm.importing.RecordWrite;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A write through the API is an edit of the customer's data, as one on a page is: when it inserted or changed something,
 * an EDIT entry naming the customer — found by the source system's customer id, or by the order a return is of.
 */
@Component
class ApiEdits {

    private final ApiCustomers customers;
    private final AccessTrail accessTrail;

    ApiEdits(ApiCustomers customers, AccessTrail accessTrail) {
        this.customers = customers;
        this.accessTrail = accessTrail;
    }

    void ofCustomer(HttpServletRequest request, ApiToken token, RecordWrite written, String customerId, String what) {
        if (ApiWrites.changed(written)) {
            record(request, token, customers.bySourceId(token.sourceSystem(), customerId), written, what);
        }
    }

    void ofOrder(HttpServletRequest request, ApiToken token, RecordWrite written, String orderId, String what) {
        if (ApiWrites.changed(written)) {
            record(request, token, customers.byOrder(token.sourceSystem(), orderId), written, what);
        }
    }

    private void record(HttpServletRequest request, ApiToken token, Optional<CustomerId> customer, RecordWrite written,
                        String what) {
        customer.ifPresent(c -> accessTrail.customer(request, "api:" + token.name(), c.value(), AccessAction.EDIT,
                what + " " + written.outcome().name().toLowerCase(Locale.ROOT)));
    }
}
