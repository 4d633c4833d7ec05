package io.dangol.crm.scoring.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.ModelParameters;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the record of runs; writes happen outside the run's own transaction so progress shows. */
@Repository
class JdbcScoringRuns implements ScoringRuns {

    private static final String COLUMNS = "id, trigger, started_by, as_of, started_at, finished_at, status, phase, progress, customers, "
            + "climbed, fell, error, model_unit, fit_customers, bgnbd_r, bgnbd_alpha, bgnbd_a, bgnbd_b, bgnbd_ll, gg_p, gg_q, "
            + "gg_gamma, gg_ll, fit_millis, fit_note, bgnbd_evaluations, gg_evaluations, purchase_model, at_risk, at_risk_core, newly_at_risk, core_lost";

    private final JdbcClient jdbc;

    JdbcScoringRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScoringRun> latest(int limit) {
        return withCounts(jdbc.sql("select " + COLUMNS + " from scoring_run order by started_at desc, id desc limit ?")
                .param(limit).query(this::map).list());
    }

    @Override
    public Optional<ScoringRun> find(long id) {
        return withCounts(jdbc.sql("select " + COLUMNS + " from scoring_run where id = ?").param(id).query(this::map).list())
                .stream().findFirst();
    }

    @Override
    public Optional<ScoringRun> running() {
        return withCounts(jdbc.sql("select " + COLUMNS + " from scoring_run where status = 'RUNNING' order by started_at desc limit 1")
                .query(this::map).list()).stream().findFirst();
    }

    /** Adds the per-segment and per-stage counts of all the runs given, in one query. */
    private List<ScoringRun> withCounts(List<ScoringRun> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        Map<Long, Map<RfmSegment, Long>> segments = new HashMap<>();
        Map<Long, Map<LadderStage, Long>> stages = new HashMap<>();
        Long[] ids = runs.stream().map(ScoringRun::id).toArray(Long[]::new);
        jdbc.sql("select run_id, dimension, name, customers from scoring_run_count where run_id = any(?)")
                .param(ids).query(rs -> {
                    long run = rs.getLong(1);
                    if (rs.getString(2).equals("SEGMENT")) {
                        segments.computeIfAbsent(run, k -> new EnumMap<>(RfmSegment.class))
                                .put(RfmSegment.valueOf(rs.getString(3)), rs.getLong(4));
                    } else {
                        stages.computeIfAbsent(run, k -> new EnumMap<>(LadderStage.class))
                                .put(LadderStage.valueOf(rs.getString(3)), rs.getLong(4));
                    }
                });
        return runs.stream().map(r -> new ScoringRun(r.id(), r.trigger(), r.startedBy(), r.asOf(), r.startedAt(), r.finishedAt(),
                r.status(), r.phase(), r.progressPercent(), r.customers(), r.climbed(), r.fell(),
                segments.getOrDefault(r.id(), Map.of()), stages.getOrDefault(r.id(), Map.of()), r.error(), r.models(), r.radar())).toList();
    }

    long create(ScoringRequest request, java.time.Instant at) {
        return jdbc.sql("insert into scoring_run (trigger, started_by, as_of, started_at, status) values (?, ?, ?, ?, 'RUNNING') returning id")
                .params(request.trigger().name(), request.startedBy(), request.asOf().map(Timestamp::from).orElse(null),
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    void progress(long id, ScoringPhase phase, int percent) {
        jdbc.sql("update scoring_run set phase = ?, progress = ? where id = ?").params(phase.name(), percent, id).update();
    }

    void recordModels(long id, ModelParameters m) {
        jdbc.sql("""
                update scoring_run set model_unit = ?, fit_customers = ?, bgnbd_r = ?, bgnbd_alpha = ?, bgnbd_a = ?, bgnbd_b = ?,
                       bgnbd_ll = ?, gg_p = ?, gg_q = ?, gg_gamma = ?, gg_ll = ?, fit_millis = ?, fit_note = ?,
                       bgnbd_evaluations = ?, gg_evaluations = ?, purchase_model = ? where id = ?""")
                .params(m.unit(), m.customers(), m.r(), m.alpha(), m.a(), m.b(), m.bgnbdLogLikelihood(), m.p(), m.q(),
                        m.gamma(), m.spendLogLikelihood(), m.fitMillis(), m.note(), m.bgnbdEvaluations(), m.spendEvaluations(),
                        m.purchaseModel(), id)
                .update();
    }

    private static Optional<ModelParameters> models(ResultSet rs) throws SQLException {
        String unit = rs.getString("model_unit");
        if (unit == null) {
            return Optional.empty();
        }
        return Optional.of(new ModelParameters(unit, rs.getLong("fit_customers"), number(rs, "bgnbd_r"), number(rs, "bgnbd_alpha"),
                number(rs, "bgnbd_a"), number(rs, "bgnbd_b"), number(rs, "bgnbd_ll"), number(rs, "gg_p"), number(rs, "gg_q"),
                number(rs, "gg_gamma"), number(rs, "gg_ll"), rs.getLong("fit_millis"), rs.getString("fit_note"),
                rs.getInt("bgnbd_evaluations"), rs.getInt("gg_evaluations"),
                Optional.ofNullable(rs.getString("purchase_model")).orElse("BG_NBD")));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Double.class);
    }

    void fail(long id, String error) {
        jdbc.sql("update scoring_run set status = 'FAILED', finished_at = now(), error = ? where id = ?")
                .params(error, id).update();
    }

    /** Runs left RUNNING by a process that died: only called while holding the scoring lock. */
    int failAbandoned(long except) {
        return jdbc.sql("""
                update scoring_run set status = 'FAILED', finished_at = now(),
                       error = 'interrupted: the process running it stopped before it finished'
                where status = 'RUNNING' and id <> ?""").param(except).update();
    }

    private ScoringRun map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp finished = rs.getTimestamp("finished_at");
        String phase = rs.getString("phase");
        Timestamp asOf = rs.getTimestamp("as_of");
        return new ScoringRun(id, ScoringTrigger.valueOf(rs.getString("trigger")), rs.getString("started_by"),
                Optional.ofNullable(asOf).map(Timestamp::toInstant),
                rs.getTimestamp("started_at").toInstant(), Optional.ofNullable(finished).map(Timestamp::toInstant),
                ScoringStatus.valueOf(rs.getString("status")), Optional.ofNullable(phase).map(ScoringPhase::valueOf),
                rs.getInt("progress"), rs.getLong("customers"), rs.getLong("climbed"), rs.getLong("fell"), Map.of(), Map.of(),
                Optional.ofNullable(rs.getString("error")), models(rs), new ScoringRun.Radar(rs.getLong("at_risk"),
                rs.getLong("at_risk_core"), rs.getLong("newly_at_risk"), rs.getLong("core_lost")));
    }
}
