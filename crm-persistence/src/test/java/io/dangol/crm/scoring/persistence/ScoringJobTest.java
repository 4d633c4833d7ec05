package io.dangol.crm.scoring.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.QuintileScorer;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ScoringJobTest extends PostgresIntegrationTest {

    @Autowired
    ScoringJob job;

    @Autowired
    ScoringRuns runs;

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aShop() {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(3_000, 21));
    }

    @Test
    void aRunScoresEveryCustomerAndRecordsWhatItFound() {
        ScoringRun run = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);

        assertThat(run.status()).isEqualTo(ScoringStatus.SUCCEEDED);
        assertThat(run.customers()).isEqualTo(3_000);
        assertThat(count("customer_score")).isEqualTo(3_000);
        assertThat(run.perStage().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3_000);
        assertThat(run.perSegment().keySet()).contains(RfmSegment.CHAMPIONS, RfmSegment.LOST);
        assertThat(run.perStage()).containsKey(LadderStage.CORE);
        long core = run.perStage().get(LadderStage.CORE);
        assertThat(core).isPositive().isLessThanOrEqualTo(300);
        assertThat(run.fell()).as("the demo already applies the identified rule").isZero();
        assertThat(run.climbed()).isEqualTo(core);
        assertThat(jdbc.sql("select count(*) from ladder_history where run_id = ?").param(run.id()).query(Long.class).single())
                .isEqualTo(run.climbed() + run.fell());
        assertThat(jdbc.sql("select count(*) from customer where ladder_stage = 'CORE'").query(Long.class).single()).isEqualTo(core);
    }

    @Test
    void aRunPredictsPurchasesAliveAndLifetimeValueForEveryBuyer() {
        ScoringRun run = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);

        assertThat(run.models()).hasValueSatisfying(m -> {
            assertThat(m.unit()).isEqualTo("week");
            assertThat(m.customers()).isEqualTo(3_000);
            assertThat(m.r()).isPositive();
            assertThat(m.alpha()).isPositive();
            assertThat(m.bgnbdLogLikelihood()).isNegative();
            assertThat(m.bgnbdEvaluations()).isPositive();
            assertThat(m.p()).isPositive();
            assertThat(m.gamma()).isPositive();
            assertThat(m.toJson()).startsWith("{\"unit\":\"week\",\"customers\":3000,\"model\":\"MBG_NBD\",\"bgnbd\":{\"r\":");
        });
        var missing = jdbc.sql("select count(*) from customer_score where stage <> 'PROSPECT' and (p_alive is null or expected_purchases_90d is null or predicted_clv is null)")
                .query(Long.class).single();
        assertThat(missing).isZero();
        assertThat(jdbc.sql("select min(p_alive) >= 0 and max(p_alive) <= 1 and min(expected_purchases_90d) >= 0 from customer_score")
                .query(Boolean.class).single()).isTrue();
        // lapsed heavy buyers are less likely alive than recent ones with the same count
        assertThat(jdbc.sql("select avg(p_alive) from customer_score where segment = 'CANT_LOSE_THEM'").query(Double.class).single())
                .isLessThan(jdbc.sql("select avg(p_alive) from customer_score where segment = 'CHAMPIONS'").query(Double.class).single());
        assertThat(jdbc.sql("select sum(historical_clv) from customer_score").query(BigDecimal.class).single())
                .isEqualByComparingTo(jdbc.sql("""
                        select (select sum(quantity * unit_price - discount) from order_line) - (select sum(refund) from order_return)""")
                        .query(BigDecimal.class).single());
    }

    @Test
    void aRunScoresTheSameOnOneCoreOnTwoAndOnAll(@Autowired JdbcScoringRuns scoringRuns,
                                                 @Autowired ScoringSettingsStore scoringSettings) {
        java.time.Instant asOf = java.time.Instant.parse("2026-11-30T15:00:00Z");
        job.run(new ScoringRequest(ScoringTrigger.CLI, "test", java.util.Optional.of(asOf)), ScoringListener.NONE);
        String all = scoresDigest();
        // by hand from the admin page: one core by default (crm.scoring.manual-cores), one thing at a time
        assertThat(job.run(new ScoringRequest(ScoringTrigger.MANUAL, "test", java.util.Optional.of(asOf)), ScoringListener.NONE)
                .status()).isEqualTo(ScoringStatus.SUCCEEDED);
        assertThat(scoresDigest()).as("one core").isEqualTo(all);
        JdbcScoringJob twoCores = new JdbcScoringJob(dataSource, scoringRuns, scoringSettings, java.time.Clock.systemUTC(), 2, 2);
        try {
            assertThat(twoCores.run(new ScoringRequest(ScoringTrigger.CLI, "test", java.util.Optional.of(asOf)), ScoringListener.NONE)
                    .status()).isEqualTo(ScoringStatus.SUCCEEDED);
        } finally {
            twoCores.destroy();
        }
        assertThat(scoresDigest()).as("two cores, limited").isEqualTo(all);
    }

    private String scoresDigest() {
        return jdbc.sql("""
                select md5(string_agg(row(customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, segment,
                       profit_contribution, stage, stage_rule, p_alive, predicted_clv, historical_clv, risk_reasons, at_risk)::text,
                       ',' order by customer_id)) from customer_score""").query(String.class).single();
    }

    @Test
    void theChurnRadarWatchesCoreAndHighValueCustomersAndKeepsEachRun() {
        ScoringRun first = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        jdbc.sql("delete from contact").update();
        ScoringRun second = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);

        assertThat(first.radar().atRisk()).isPositive();
        assertThat(jdbc.sql("select count(*) from churn_risk where run_id = ?").param(first.id()).query(Long.class).single())
                .isEqualTo(first.radar().atRisk());
        assertThat(jdbc.sql("select count(*) from customer_score where at_risk and stage not in ('CORE', 'IDENTIFIED')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from customer_score where at_risk and risk_reasons is null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select bool_and('NO_RECENT_CONTACT' = any(risk_reasons)) from customer_score where at_risk")
                .query(Boolean.class).single()).as("nobody has been contacted after the contacts were deleted").isTrue();
        assertThat(second.radar().newlyAtRisk()).isLessThanOrEqualTo(second.radar().atRisk());
        assertThat(second.radar().atRisk()).isEqualTo(first.radar().atRisk());
        assertThat(second.radar().newlyAtRisk()).isZero();
    }

    @Test
    void unresolvedNegativeVoiceIsARadarReasonUntilItIsResolved() {
        job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        long watched = jdbc.sql("select customer_id from customer_score where at_risk order by customer_id limit 1")
                .query(Long.class).single();
        jdbc.sql("delete from feedback where customer_id = ?").param(watched).update();
        long voice = jdbc.sql("""
                insert into feedback (customer_id, channel, text, sentiment, status, received_at)
                values (?, 'SOCIAL', '배송이 너무 늦어요', 'NEGATIVE', 'NEW', now() - interval '300 days') returning id""")
                .param(watched).query(Long.class).single();
        job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        assertThat(reasons(watched)).as("ten months old but unresolved").contains("NEGATIVE_FEEDBACK");
        jdbc.sql("update feedback set status = 'RESOLVED', resolved_at = now() - interval '1 day' where id = ?").param(voice).update();
        job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        assertThat(reasons(watched)).doesNotContain("NEGATIVE_FEEDBACK");
    }

    private List<String> reasons(long customer) {
        return jdbc.sql("select coalesce(array_to_string(risk_reasons, ','), '') from customer_score where customer_id = ?")
                .param(customer).query(String.class).optional().map(r -> List.of(r.split(","))).orElse(List.of());
    }

    @Test
    void aRunAsOfAPastDateCountsOnlyWhatHappenedBefore() {
        java.time.Instant asOf = java.time.Instant.now().minus(java.time.Duration.ofDays(365))
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        ScoringRun run = job.run(new io.dangol.crm.scoring.ScoringRequest(ScoringTrigger.CLI, "test", java.util.Optional.of(asOf)),
                ScoringListener.NONE);

        assertThat(run.status()).isEqualTo(ScoringStatus.SUCCEEDED);
        assertThat(run.asOf()).contains(asOf);
        long existing = jdbc.sql("select count(*) from customer where created_at < ?").param(java.sql.Timestamp.from(asOf))
                .query(Long.class).single();
        assertThat(run.customers()).isEqualTo(existing).isLessThan(3_000);
        long buyersThen = jdbc.sql("select count(distinct customer_id) from customer_order where ordered_at < ?")
                .param(java.sql.Timestamp.from(asOf)).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from customer_score where stage <> 'PROSPECT'").query(Long.class).single()).isEqualTo(buyersThen);
        assertThat(jdbc.sql("select coalesce(max(recency_days), 0) >= 0 and coalesce(min(recency_days), 0) >= 0 from customer_score")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select sum(historical_clv) from customer_score").query(BigDecimal.class).single())
                .isEqualByComparingTo(jdbc.sql("""
                        select coalesce((select sum(quantity * unit_price - discount) from order_line where ordered_at < ?), 0)
                             - coalesce((select sum(refund) from order_return where returned_at < ?), 0)""")
                        .params(java.sql.Timestamp.from(asOf), java.sql.Timestamp.from(asOf)).query(BigDecimal.class).single());
    }

    @Test
    void anEmptyDatabaseScoresNobodyAndSaysWhyThereAreNoModels() {
        Tables.emptyCustomerData(jdbc);

        ScoringRun run = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);

        assertThat(run.status()).isEqualTo(ScoringStatus.SUCCEEDED);
        assertThat(run.customers()).isZero();
        assertThat(run.models()).hasValueSatisfying(m -> {
            assertThat(m.r()).isNull();
            assertThat(m.note()).contains("fewer than two customers");
            assertThat(m.toJson()).contains("\"bgnbd\":null");
        });
    }

    @Test
    void theJobsRfmScoresFollowTheQuintileRule() {
        job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);

        List<Map<String, Object>> rows = jdbc.sql("select customer_id, monetary, m_score from customer_score where m_score is not null")
                .query().listOfRows();
        BigDecimal[] values = rows.stream().map(r -> (BigDecimal) r.get("monetary")).toArray(BigDecimal[]::new);
        long[] ids = rows.stream().mapToLong(r -> ((Number) r.get("customer_id")).longValue()).toArray();
        int[] expected = QuintileScorer.scoreAll(values, ids);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(((Number) rows.get(i).get("m_score")).intValue()).as("customer %d", ids[i]).isEqualTo(expected[i]);
        }
    }

    @Test
    void aFailureMidRunKeepsThePreviousScoresAndIsRecorded() {
        ScoringRun first = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        String before = fingerprint();
        jdbc.sql("update order_line set unit_price = unit_price * 3").update();

        ScoringRun failed = job.run(ScoringTrigger.CLI, "test", new ScoringListener() {
            @Override
            public void phaseStarted(long runId, ScoringPhase phase) {
                if (phase == ScoringPhase.PUBLISH) {
                    throw new IllegalStateException("injected failure");
                }
            }
        });

        assertThat(failed.status()).isEqualTo(ScoringStatus.FAILED);
        assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).contains("injected failure"));
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.sql("select distinct run_id from customer_score").query(Long.class).list()).containsExactly(first.id());
        assertThat(job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE).status()).isEqualTo(ScoringStatus.SUCCEEDED);
    }

    @Test
    void aSecondStartWhileRunningIsRefusedWithTheFirstsStartTime() throws Exception {
        CountDownLatch scoring = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> job.run(ScoringTrigger.MANUAL, "first", new ScoringListener() {
            @Override
            public void phaseStarted(long runId, ScoringPhase phase) {
                if (phase == ScoringPhase.SCORE) {
                    scoring.countDown();
                    await(release);
                }
            }
        }));
        first.start();
        assertThat(scoring.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> job.start(ScoringTrigger.MANUAL, "second"))
                .isInstanceOfSatisfying(ScoringAlreadyRunning.class, e -> assertThat(e.since()).isNotNull());
        assertThat(runs.running()).hasValueSatisfying(r -> assertThat(r.startedBy()).isEqualTo("first"));

        release.countDown();
        first.join(60_000);
        assertThat(runs.latest(1).get(0).status()).isEqualTo(ScoringStatus.SUCCEEDED);
    }

    @Test
    void aRunLeftRunningByADeadProcessIsMarkedFailed() throws Exception {
        long orphan = jdbc.sql("insert into scoring_run (trigger, started_by, started_at, status) values ('SCHEDULE', 'schedule', now() - interval '1 hour', 'RUNNING') returning id")
                .query(Long.class).single();

        job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);

        ScoringRun marked = runs.find(orphan).orElseThrow();
        assertThat(marked.status()).isEqualTo(ScoringStatus.FAILED);
        assertThat(marked.error()).hasValueSatisfying(e -> assertThat(e).contains("interrupted"));
    }

    @Test
    void theLockIsPerDatabaseNotPerProcess() throws Exception {
        try (Connection other = dataSource.getConnection();
             PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, JdbcScoringJob.LOCK_KEY);
            lock.execute();
            assertThatThrownBy(() -> job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE)).isInstanceOf(ScoringAlreadyRunning.class);
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, JdbcScoringJob.LOCK_KEY);
                unlock.execute();
            }
        }
    }

    private String fingerprint() {
        return jdbc.sql("select md5(string_agg(customer_id || ':' || monetary || ':' || stage, ',' order by customer_id)) from customer_score")
                .query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
