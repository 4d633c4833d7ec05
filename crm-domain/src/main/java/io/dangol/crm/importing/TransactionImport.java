package io.dangol.crm.importing;

import io.dangol.crm.shared.WritePort;
import java.io.Reader;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports {@code transactions} files: customers (created as buyers where new), orders and their lines, keyed by the
 * ids of the source system, so a second import of the same file changes nothing and a corrected file updates.
 * All or nothing: a run that fails or is killed leaves no row behind and is marked FAILED.
 */
@WritePort
public interface TransactionImport extends ImportRuns {

    /** Records a RUNNING import, of the kind chosen at upload if one was; its id identifies the report. */
    long begin(String fileName, String sourceSystem, String startedBy, Optional<String> chosenKind);

    /** The kind the file is of, the encoding it was found (or told) to be in, and its header as read. */
    void detected(long runId, String kind, TextEncoding encoding, List<String> header);

    /** Reads and loads the file in one transaction; the run ends SUCCEEDED with its counts. */
    ImportReport load(long runId, Reader reader, ZoneId zone, Map<String, String> columnMapping)
            throws RefusedFile;

    /**
     * Writes one order as a channel system sends it — its lines, all of the same order and customer — as a file's rows
     * are written: inserted, updated, unchanged, or rejected (an order id that belongs to another customer).
     */
    RecordWrite write(String sourceSystem, List<TransactionLine> lines);

    /** Marks a run FAILED with the reason (a message code for a refused file, or a database error) and its detail. */
    void fail(long runId, String reason, String detail);

    /**
     * Marks runs left RUNNING by a process that died as FAILED — those no app instance is running (each holds its run
     * while it lasts) and that started over ten seconds ago; returns how many.
     */
    int failAbandoned();
}
