package io.dangol.crm.api.web;

import io.dangol.crm.api.ApiToken;
import io.dangol.crm.importing.ImportRecord;
import io.dangol.crm.importing.RecordKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.dangol.crm.importing.RecordWrite;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What channel systems record about customers: orders with their lines, returns, contacts, feedback, consents — each
 * PUT under its id in the token's source system, so sending it again changes nothing and a corrected one updates.
 * Customers are named by the source system's customer id. Times as {@code 2026-01-31T14:30} (the business's time
 * zone) or {@code 2026-01-31}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "records")
@SecurityRequirement(name = "token")
class RecordsApi {

    private final ImportRecord importRecord;
    private final ApiEdits edits;

    RecordsApi(ImportRecord importRecord, ApiEdits edits) {
        this.importRecord = importRecord;
        this.edits = edits;
    }

    private ResponseEntity<ApiWrites.WriteResult> write(RecordKind kind, ApiToken token, Map<String, String> fields,
                                                        String id, String path, HttpServletRequest request) {
        RecordWrite written = importRecord.handle(kind, token.sourceSystem(), fields);
        String what = "api " + kind.code() + " " + id;
        if (fields.containsKey("customer_id")) {
            edits.ofCustomer(request, token, written, fields.get("customer_id"), what);
        } else {
            edits.ofOrder(request, token, written, fields.getOrDefault("order_id", ""), what);
        }
        return ApiWrites.answer(written, id, URI.create(path + id));
    }

    record OrderLineBody(String product, Integer quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    record OrderBody(String customerId, String orderedAt, List<OrderLineBody> lines) {
    }

    record ReturnBody(String orderId, Integer lineNo, String product, Integer quantity, BigDecimal refund, String reason,
                      String returnedAt) {
    }

    record ContactBody(String customerId, String happenedAt, String channel, String direction, String purpose,
                       String outcome, String department, String note, String followUpOn) {
    }

    record FeedbackBody(String customerId, String channel, String text, String sentiment, String receivedAt) {
    }

    record ConsentBody(String customerId, String channel, String purpose, String status, String at, String source,
                       String note) {
    }

    @PutMapping("/orders/{orderId}")
    @Operation(summary = "Record an order with its lines (idempotent by order id)", description = "Scope orders:write. "
            + "A customer id the source system has not sent before becomes a new buyer. Each line: product, quantity "
            + "(default 1), and amount (the line's total) or unitPrice. 409 when the order id belongs to another customer.")
    ResponseEntity<ApiWrites.WriteResult> order(@PathVariable String orderId, @RequestBody OrderBody body,
                                                @AuthenticationPrincipal ApiToken token, HttpServletRequest request) {
        List<Map<String, String>> lines = body.lines() == null ? null : body.lines().stream()
                .map(line -> ApiWrites.fields("product", line.product(), "quantity", line.quantity(),
                        line.amount() != null ? "amount" : "unit_price", line.amount() != null ? line.amount() : line.unitPrice()))
                .toList();
        RecordWrite written = importRecord.handle(new ImportRecord.Order(token.sourceSystem(), orderId,
                body.customerId(), body.orderedAt(), lines));
        edits.ofOrder(request, token, written, orderId, "api order " + orderId);
        return ApiWrites.answer(written, orderId, URI.create("/api/v1/orders/" + orderId));
    }

    @PutMapping("/returns/{returnId}")
    @Operation(summary = "Record a return of an order line (idempotent by return id)", description = "Scope orders:write. "
            + "The line by lineNo, or by product (name or SKU), else the order's first line.")
    ResponseEntity<ApiWrites.WriteResult> returned(@PathVariable String returnId, @RequestBody ReturnBody body,
                                                   @AuthenticationPrincipal ApiToken token, HttpServletRequest request) {
        return write(RecordKind.RETURNS, token, ApiWrites.fields("return_id", returnId,
                "order_id", body.orderId(), "line_no", body.lineNo(), "product", body.product(), "quantity", body.quantity(),
                "refund", body.refund(), "reason", body.reason(), "date", body.returnedAt()), returnId, "/api/v1/returns/", request);
    }

    @PutMapping("/contacts/{contactId}")
    @Operation(summary = "Record a contact with a customer (idempotent by contact id)", description = "Scope contacts:write.")
    ResponseEntity<ApiWrites.WriteResult> contact(@PathVariable String contactId, @RequestBody ContactBody body,
                                                  @AuthenticationPrincipal ApiToken token, HttpServletRequest request) {
        return write(RecordKind.CONTACTS, token, ApiWrites.fields("contact_id", contactId,
                "customer_id", body.customerId(), "date", body.happenedAt(), "channel", body.channel(),
                "direction", body.direction(), "purpose", body.purpose(), "outcome", body.outcome(),
                "department", body.department(), "note", body.note(), "follow_up_on", body.followUpOn()), contactId, "/api/v1/contacts/", request);
    }

    @PutMapping("/feedback/{feedbackId}")
    @Operation(summary = "Record what a customer said (idempotent by feedback id)", description = "Scope feedback:write.")
    ResponseEntity<ApiWrites.WriteResult> feedback(@PathVariable String feedbackId, @RequestBody FeedbackBody body,
                                                   @AuthenticationPrincipal ApiToken token, HttpServletRequest request) {
        return write(RecordKind.FEEDBACK, token, ApiWrites.fields("feedback_id", feedbackId,
                "customer_id", body.customerId(), "channel", body.channel(), "text", body.text(),
                "sentiment", body.sentiment(), "date", body.receivedAt()), feedbackId, "/api/v1/feedback/", request);
    }

    @PutMapping("/consents/{consentId}")
    @Operation(summary = "Record a consent decision (idempotent by consent id; never changed once recorded)",
            description = "Scope consents:write. 409 when the id was recorded with another content: a new decision "
                    + "needs a new id.")
    ResponseEntity<ApiWrites.WriteResult> consent(@PathVariable String consentId, @RequestBody ConsentBody body,
                                                  @AuthenticationPrincipal ApiToken token, HttpServletRequest request) {
        return write(RecordKind.CONSENTS, token, ApiWrites.fields("consent_id", consentId,
                "customer_id", body.customerId(), "channel", body.channel(), "purpose", body.purpose(),
                "status", body.status(), "date", body.at(), "source", body.source(), "note", body.note()), consentId, "/api/v1/consents/", request);
    }
}
