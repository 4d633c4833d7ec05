package io.dangol.crm.app.config;

import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringRun;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an operator watches besides the request latencies Spring Boot measures by page ({@code http_server_requests}):
 * <ul>
 *   <li>{@code dangol_scoring_phase_seconds{phase}} — each scoring phase as it ends on this instance, and
 *   {@code dangol_scoring_runs_total{status}};</li>
 *   <li>{@code dangol_import_rows_per_second} — the latest finished import's rate, {@code dangol_imports_running};</li>
 *   <li>{@code dangol_access_log_entries_total} — the access log's highest entry number (its rate is the writes a
 *   second; the same figure on every instance, so take the max);</li>
 *   <li>{@code dangol_scoring_last_success_age_seconds} — how long since scores were last renewed (alert when it
 *   passes a day and a bit);</li>
 *   <li>sign-ins by outcome and refused pages, counted where they happen (crm-web's {@code SecurityEvents}).</li>
 * </ul>
 * The figures read from the database are read when scraped, with small indexed queries.
 */
final class OperationsMetrics implements MeterBinder, ScoringListener {

    private final JdbcClient jdbc;
    private MeterRegistry registry;

    OperationsMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("dangol.import.rows.per.second", this, m -> m.number("""
                        select coalesce(rows_read / nullif(extract(epoch from finished_at - started_at), 0), 0)
                        from import_run where status = 'SUCCEEDED' order by id desc limit 1"""))
                .description("rows a second of the latest finished import").register(registry);
        Gauge.builder("dangol.imports.running", this, m -> m.number("select count(*) from import_run where status = 'RUNNING'"))
                .description("imports running now, on any instance").register(registry);
        FunctionCounter.builder("dangol.access.log.entries", this, m -> m.number("select coalesce(max(id), 0) from access_log"))
                .description("entries ever written to the access log").register(registry);
        Gauge.builder("dangol.scoring.last.success.age", this, m -> m.number("""
                        select coalesce(extract(epoch from now() - max(finished_at)), -1)
                        from scoring_run where status = 'SUCCEEDED'"""))
                .baseUnit("seconds").description("time since scores were last renewed; -1 before the first run")
                .register(registry);
    }

    private double number(String sql) {
        try {
            return jdbc.sql(sql).query(Number.class).optional().map(Number::doubleValue).orElse(0.0);
        } catch (RuntimeException databaseUnavailable) {
            return Double.NaN;
        }
    }

    @Override
    public void phaseFinished(long runId, ScoringPhase phase, Duration took) {
        Optional.ofNullable(registry).ifPresent(r -> Timer.builder("dangol.scoring.phase").tag("phase", phase.name())
                .description("scoring phases as they end on this instance").register(r).record(took));
    }

    @Override
    public void runFinished(ScoringRun run) {
        Optional.ofNullable(registry).ifPresent(r -> r.counter("dangol.scoring.runs", "status", run.status().name()).increment());
    }
}
