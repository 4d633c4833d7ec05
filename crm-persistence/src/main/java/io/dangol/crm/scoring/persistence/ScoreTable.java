package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.CustomerScore;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The fresh {@code customer_score_next} table: created empty, filled by streaming COPY, indexed, and swapped
 * in for {@code customer_score} inside the run's transaction, so readers see the old scores until commit.
 * The COPY is {@code FREEZE} (the table was created in this transaction): its rows are written frozen and its pages
 * marked all-visible, so the segment pages read the new scores with index-only scans the moment the run commits,
 * instead of fetching every row from the heap until autovacuum gets to the table; and the table is analysed before
 * the swap, so the planner knows it from the first page on.
 */
final class ScoreTable implements AutoCloseable {

    static final String COLUMNS = "customer_id, run_id, recency_days, frequency, monetary, r_score, f_score, m_score, "
            + "segment, profit_contribution, stage, stage_rule, expected_purchases_90d, p_alive, predicted_clv, historical_clv, risk_reasons";

    /** The scales of {@code expected_purchases_90d numeric(12,4)} and {@code p_alive numeric(7,6)}. */
    static final int EXPECTED_PURCHASES_SCALE = 4;
    static final int P_ALIVE_SCALE = 6;
    private static final double[] TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private final CopyIn copy;

    private ScoreTable(CopyIn copy) {
        this.copy = copy;
    }

    static ScoreTable create(Connection connection) throws SQLException {
        execute(connection, "drop table if exists customer_score_next",
                "create table customer_score_next (like customer_score including defaults including constraints)");
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy customer_score_next (" + COLUMNS + ") from stdin with (freeze)");
        return new ScoreTable(copy);
    }

    /** The scores as rows of the COPY, in its text format: pure, so the workers that scored them print them too. */
    static byte[] copyRows(long runId, List<CustomerScore> scores) {
        StringBuilder buffer = new StringBuilder(scores.size() * 160);
        for (CustomerScore score : scores) {
            append(buffer, runId, score);
        }
        return buffer.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder buffer, long runId, CustomerScore score) {
        buffer.append(score.customerId()).append('\t').append(runId).append('\t')
                .append(score.recencyDays().map(String::valueOf).orElse("\\N")).append('\t')
                .append(score.frequency()).append('\t').append(score.monetary().toPlainString()).append('\t');
        if (score.rfm().isPresent()) {
            CustomerScore.Rfm rfm = score.rfm().get();
            buffer.append(rfm.r()).append('\t').append(rfm.f()).append('\t').append(rfm.m()).append('\t')
                    .append(rfm.segment().name());
        } else {
            buffer.append("\\N\t\\N\t\\N\t\\N");
        }
        buffer.append('\t').append(score.profitContribution().toPlainString()).append('\t')
                .append(score.stage().name()).append('\t').append(score.rule().name()).append('\t');
        if (score.value().isPresent()) {
            var value = score.value().get();
            appendFixed(buffer, value.expectedPurchases90Days(), EXPECTED_PURCHASES_SCALE);
            buffer.append('\t');
            appendFixed(buffer, value.probabilityAlive(), P_ALIVE_SCALE);
            buffer.append('\t')
                    .append(value.lifetimeValue().map(BigDecimal::toPlainString).orElse("\\N"));
        } else {
            buffer.append("\\N\t\\N\t\\N");
        }
        buffer.append('\t').append(score.historicalValue().toPlainString()).append('\t');
        if (score.riskReasons().isEmpty()) {
            buffer.append("\\N");
        } else {
            buffer.append('{').append(String.join(",", score.riskReasons().stream().map(Enum::name).toList())).append('}');
        }
        buffer.append('\n');
    }

    /**
     * A double printed with the column's decimals, rounded half away from zero as PostgreSQL rounds to a numeric's
     * scale: printing the double's shortest decimal for PostgreSQL to round was a sixth of the scoring workers' time
     * (the JDK's double-to-text). Scaled in binary, a value within a few units in the 16th digit of a half may round
     * the other way — far below what the model's figures mean.
     */
    static void appendFixed(StringBuilder buffer, double value, int scale) {
        double scaled = Math.abs(value) * TENS[scale];
        if (!(scaled < 1e15)) { // too large for a long's exact digits, or not a number: PostgreSQL rounds, or refuses
            buffer.append(value);
            return;
        }
        long units = (long) Math.floor(scaled + 0.5);
        buffer.append(BigDecimal.valueOf(value < 0 ? -units : units, scale).toPlainString());
    }

    /** Sends rows printed by {@link #copyRows}. */
    void write(byte[] copyRows) throws SQLException {
        copy.writeToCopy(copyRows, 0, copyRows.length);
    }

    void finish() throws SQLException {
        copy.endCopy();
    }

    /** Indexes the fresh table and puts it in place of the old one (same transaction). */
    static void swapIn(Connection connection) throws SQLException {
        execute(connection,
                "alter table customer_score_next add constraint customer_score_next_pkey primary key (customer_id)",
                "create index customer_score_next_segment on customer_score_next "
                        + "(segment, predicted_clv desc nulls last, customer_id)",
                "create index customer_score_next_stage on customer_score_next (stage, predicted_clv desc nulls last, customer_id)",
                "create index customer_score_next_negative on customer_score_next (predicted_clv desc nulls last, customer_id) "
                        + "where profit_contribution < 0",
                "analyze customer_score_next",
                "drop table customer_score",
                "alter table customer_score_next rename to customer_score",
                "alter index customer_score_next_pkey rename to customer_score_pkey",
                "alter index customer_score_next_segment rename to customer_score_segment",
                "alter index customer_score_next_stage rename to customer_score_stage",
                "alter index customer_score_next_negative rename to customer_score_negative");
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("could not cancel the COPY of scores", e));
            }
        }
    }
}
