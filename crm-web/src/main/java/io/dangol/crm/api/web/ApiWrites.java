package io.dangol.crm.api.web;

import io.dangol.crm.importing.RecordImport;
import io.dangol.crm.importing.RecordKind;
import io.dangol.crm.importing.RecordWrite;
import io.dangol.crm.importing.RecordsFile;
import io.dangol.crm.importing.Rejection;
import io.dangol.crm.shared.BusinessZone;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A record from a channel system goes the way a file's row goes — the same checks, the same set-based upsert keyed
 * by (source system, id) — so the API and the import can never disagree. 201 when the record is new, 200 when it
 * was updated or already so; a rejection becomes a problem: 409 when it conflicts with what is recorded, else 422.
 */
@Component
class ApiWrites {

    static final Set<String> CONFLICTS = Set.of("import.reject.orderOwner", "import.reject.recordedDifferently",
            "import.reject.orderCustomers");

    private final RecordImport records;
    private final BusinessZone zone;

    ApiWrites(RecordImport records, BusinessZone zone) {
        this.records = records;
        this.zone = zone;
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

    ResponseEntity<WriteResult> write(RecordKind kind, String sourceSystem, Map<String, String> fields, String id, URI location) {
        RecordsFile.Checked checked = RecordsFile.check(kind, fields, zone.zone());
        if (checked.rejection().isPresent()) {
            throw rejected(checked.rejection().get());
        }
        return answer(records.write(kind, sourceSystem, checked.values().orElseThrow()), id, location);
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
