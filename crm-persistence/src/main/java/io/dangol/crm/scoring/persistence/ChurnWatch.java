package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.RunTally;
import io.dangol.crm.scoring.ScoringRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The set-based part of the churn radar, in the run's transaction: among customers with a risk signal, those
 * it watches — core customers, and identified ones in the top decile of predicted CLV (the percentile tallied while
 * the run scored) — are marked at risk and
 * kept in {@code churn_risk} for this run; the counts compare with the previous successful run.
 */
final class ChurnWatch {

    /** Parameter: the predicted CLV at the 90th percentile ({@link RunTally#watchedClv()}), or null when none has one. */
    private static final String MARK = """
            update customer_score_next set at_risk = true
            where risk_reasons is not null
              and (stage = 'CORE' or stage = 'IDENTIFIED' and predicted_clv >= ?)""";

    private static final String KEEP = """
            insert into churn_risk (run_id, customer_id, stage, p_alive, predicted_clv, reasons)
            select ?, customer_id, stage, p_alive, predicted_clv, risk_reasons from customer_score_next where at_risk""";

    /** Parameters: run id three times. */
    private static final String COUNT = """
            select count(*) as at_risk,
                   count(*) filter (where stage = 'CORE') as at_risk_core,
                   count(*) filter (where not exists (
                       select 1 from churn_risk before
                       where before.customer_id = now.customer_id
                         and before.run_id = (select max(id) from scoring_run where status = 'SUCCEEDED' and id <> ?))) as newly,
                   (select count(*) from ladder_history where run_id = ? and from_stage = 'CORE') as core_lost
            from churn_risk now where now.run_id = ?""";

    private ChurnWatch() {
    }

    static ScoringRun.Radar record(Connection work, long runId, RunTally tally) throws SQLException {
        try (PreparedStatement mark = work.prepareStatement(MARK)) {
            mark.setBigDecimal(1, tally.watchedClv().orElse(null));
            mark.executeUpdate();
        }
        try (PreparedStatement keep = work.prepareStatement(KEEP)) {
            keep.setLong(1, runId);
            keep.executeUpdate();
        }
        try (PreparedStatement count = work.prepareStatement(COUNT)) {
            count.setLong(1, runId);
            count.setLong(2, runId);
            count.setLong(3, runId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new ScoringRun.Radar(rs.getLong("at_risk"), rs.getLong("at_risk_core"), rs.getLong("newly"),
                        rs.getLong("core_lost"));
            }
        }
    }
}
