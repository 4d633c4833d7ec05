package io.dangol.crm.overview;

import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures on the home page: customers per ladder stage, all orders, revenue of the last 30 days (counted at
 * {@code countedAt}, at most a minute ago), and the last import (as it is now).
 */
public record BusinessOverview(Map<LadderStage, Long> customersPerStage, long orders, BigDecimal revenueLast30Days,
                               Instant countedAt, Optional<ImportRun> lastImport) {

    public BusinessOverview {
        Objects.requireNonNull(revenueLast30Days, "revenueLast30Days");
        Objects.requireNonNull(countedAt, "countedAt");
        Objects.requireNonNull(lastImport, "lastImport");
        customersPerStage = Map.copyOf(customersPerStage);
    }

    public long customers() {
        return customersPerStage.values().stream().mapToLong(Long::longValue).sum();
    }

    public long customersAt(LadderStage stage) {
        return customersPerStage.getOrDefault(stage, 0L);
    }

    /** Share of all customers at a stage, in whole percent (0 when there are no customers). */
    public int percentAt(LadderStage stage) {
        long all = customers();
        return all == 0 ? 0 : (int) Math.round(100.0 * customersAt(stage) / all);
    }
}
