package io.dangol.crm.importing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Import runs as recorded, with their rejected rows: what the import page and the CLI report show. */
public interface ImportRuns {

    Optional<ImportRun> find(long runId);

    List<ImportRun> latest(int limit);

    /** The file's header as read (its own column names, in its order); empty for a run that had none (the API). */
    List<String> header(long runId);

    /** The run's first {@code limit} rejected rows in line order, for a report. */
    List<Rejection> rejections(long runId, int limit);

    /** The run's rejected rows in line order, streamed. */
    void forEachRejection(long runId, Consumer<Rejection> rejection);
}
