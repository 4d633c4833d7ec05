package io.dangol.crm.warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the reporting views (schema {@code report}: pseudonymous, read-only) as files BI tools pick up. */
public interface WarehouseFiles {

    /**
     * Writes every dataset as of this scoring run into {@code folder} (created here): each as CSV (UTF-8 with a byte
     * order mark, for spreadsheets) and Parquet (for BI and data-mining tools). Runs' own rows (ladder moves, churn
     * flags) are this run's; scores are the current ones, which this run wrote.
     */
    List<Dataset> write(long runId, Path folder) throws IOException;
}
