package io.dangol.crm.importing;

import io.dangol.crm.shared.WritePort;
import java.io.Reader;
import java.time.ZoneId;
import java.util.Map;

/**
 * Imports the record kinds besides transactions — from a file in one transaction, or one record at a time as a
 * channel system sends it — keyed by (source system, the record's id there): written again, a record changes
 * nothing; corrected, it updates. Rows naming a customer the source system has not brought in are rejected.
 */
@WritePort
public interface RecordImport {

    /** Reads and loads a file of one kind in one transaction; the run ends SUCCEEDED with its counts. */
    ImportReport load(long runId, RecordKind kind, Reader reader, ZoneId zone, Map<String, String> columnMapping)
            throws RefusedFile;

    /** Writes one checked record ({@link RecordsFile#check}) for a source system. */
    RecordWrite write(RecordKind kind, String sourceSystem, String[] values);
}
