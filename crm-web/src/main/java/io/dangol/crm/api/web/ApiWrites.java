package io.dangol.crm.api.web;

import io.dangol.crm.importing.RecordWrite;
import io.dangol.crm.importing.Rejection;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;

/**
 * How a record's write is answered ({@link io.dangol.crm.importing.ImportRecord} writes it): 201 when the record is
 * new, 200 when it was updated or already so; a rejection becomes a problem: 409 when it conflicts with what is
 * recorded, else 422.
 */
final class ApiWrites {

    static final Set<String> CONFLICTS = Set.of("import.reject.orderOwner", "import.reject.recordedDifferently",
            "import.reject.orderCustomers");

    private ApiWrites() {
    }

    /** The fields by their import column names; null values are left out. */
    static Map<String, String> fields(Object... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                fields.put((String) namesAndValues[i], value instanceof BigDecimal money ? money.toPlainString() : value.toString());
            }
        }
        return fields;
    }

    /** Whether the write changed something about the customer (and so is an edit for the access log). */
    static boolean changed(RecordWrite written) {
        return written.rejection().isEmpty()
                && (written.outcome() == RecordWrite.Outcome.INSERTED || written.outcome() == RecordWrite.Outcome.UPDATED);
    }

    static ResponseEntity<WriteResult> answer(RecordWrite written, String id, URI location) {
        if (written.rejection().isPresent()) {
            throw rejected(written.rejection().get());
        }
        WriteResult result = new WriteResult(id, written.outcome().name());
        return written.outcome() == RecordWrite.Outcome.INSERTED
                ? ResponseEntity.created(location).body(result) : ResponseEntity.ok(result);
    }

    static ApiRejected rejected(Rejection rejection) {
        return new ApiRejected(CONFLICTS.contains(rejection.reason()) ? 409 : 422, rejection.reason(), rejection.detail());
    }

    /** What a write did: the record's id in the source system and INSERTED, UPDATED or UNCHANGED. */
    record WriteResult(String id, String outcome) {
    }
}
