package io.dangol.crm.retention.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.campaign.ControlGroup;
import io.dangol.crm.retention.RetentionCases;
import io.dangol.crm.retention.RetentionEvidence;
import io.dangol.crm.retention.RetentionHoldOut;
import io.dangol.crm.retention.RetentionSettings;
import io.dangol.crm.retention.RetentionWorklist;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retention hold-out: drawn per run as the domain draws it, kept off the worklist for 90 days, compared after. */
@SpringBootTest
class RetentionHoldOutTest extends PostgresIntegrationTest {

    private static final Instant RUN_END = Instant.parse("2026-10-01T18:00:00Z");

    @Autowired
    RetentionCases cases;

    @Autowired
    RetentionWorklist worklist;

    @Autowired
    RetentionSettings settings;

    @Autowired
    JdbcClient jdbc;

    long run;

    @BeforeEach
    void twoHundredCoreCustomersAtRisk() {
        Tables.emptyCustomerData(jdbc);
        run = jdbc.sql("""
                insert into scoring_run (trigger, started_by, started_at, status) values ('CLI', 'test', now(), 'SUCCEEDED')
                returning id""").query(Long.class).single();
        jdbc.sql("insert into customer (name, ladder_stage) select '핵심' || g, 'CORE' from generate_series(1, 200) g").update();
        jdbc.sql("""
                insert into customer_score (customer_id, run_id, frequency, monetary, profit_contribution, stage, stage_rule,
                                            at_risk, p_alive)
                select id, ?, 5, 100000, 1000, 'CORE', 'TEST', true, 0.4 from customer""").param(run).update();
    }

    @Test
    void aShareOfTheNewlyFlaggedIsHeldOutAsTheDomainDrawsItAndGetsNoCase() {
        int opened = cases.openNewCases(RUN_END, new RetentionHoldOut(25));

        Set<Long> heldOut = new HashSet<>(jdbc.sql("select customer_id from retention_hold_out").query(Long.class).list());
        List<ControlGroup.Member> flagged = jdbc.sql("select id from customer").query(Long.class).list().stream()
                .map(id -> new ControlGroup.Member(id, "core at risk")).toList();
        assertThat(heldOut).hasSize(50).isEqualTo(new RetentionHoldOut(25).forRun(run).choose(flagged));
        assertThat(opened).isEqualTo(150);
        assertThat(jdbc.sql("select count(*) from retention_case r join retention_hold_out h using (customer_id)")
                .query(Long.class).single()).as("no held-out customer has a case").isZero();

        // a month later a new run flags all 200 again: the worked have their open cases, the held out stay off the list
        nextRun();
        assertThat(cases.openNewCases(RUN_END.plus(Duration.ofDays(30)), new RetentionHoldOut(25))).isZero();
        assertThat(jdbc.sql("select count(*) from retention_hold_out").query(Long.class).single()).isEqualTo(50);
        // after 90 days the held out are newly flagged customers again, and a quarter of them is drawn anew
        nextRun();
        assertThat(cases.openNewCases(RUN_END.plus(Duration.ofDays(91)), new RetentionHoldOut(25))).isEqualTo(37);
        assertThat(jdbc.sql("select count(*) from retention_hold_out").query(Long.class).single()).isEqualTo(63);
    }

    private void nextRun() {
        run = jdbc.sql("""
                insert into scoring_run (trigger, started_by, started_at, status) values ('CLI', 'test', now(), 'SUCCEEDED')
                returning id""").query(Long.class).single();
        jdbc.sql("update customer_score set run_id = ?").param(run).update();
    }

    @Test
    void nothingIsHeldOutUntilAnAdminTurnsItOn() {
        assertThat(settings.current()).isEqualTo(new RetentionHoldOut(0));

        assertThat(cases.openNewCases(RUN_END, settings.current())).isEqualTo(200);
        assertThat(worklist.evidenceSince(RUN_END.minus(Duration.ofDays(180))).heldOut().customers()).isZero();

        settings.save(new RetentionHoldOut(10), "admin");
        assertThat(settings.current()).isEqualTo(new RetentionHoldOut(10));
    }

    @Test
    void theEvidenceComparesWhoWasCalledWithWhoWasHeldOut() {
        cases.openNewCases(RUN_END, new RetentionHoldOut(50));
        // every worked customer buys again after the case opened; of the held out, nobody
        jdbc.sql("""
                insert into customer_order (customer_id, external_id, channel, ordered_at)
                select r.customer_id, 'o' || r.customer_id, 'STORE', ? from retention_case r""")
                .param(Timestamp.from(RUN_END.plus(Duration.ofDays(3)))).update();

        RetentionEvidence evidence = worklist.evidenceSince(RUN_END.minus(Duration.ofDays(180)));

        assertThat(evidence.worked().customers()).isEqualTo(100);
        assertThat(evidence.heldOut().customers()).isEqualTo(100);
        assertThat(evidence.worked().boughtAgain()).isEqualTo(100);
        assertThat(evidence.heldOut().boughtAgain()).isZero();
        assertThat(evidence.boughtLift().orElseThrow().value()).isEqualTo(1.0);
        assertThat(evidence.heldOut().meanPAlive()).isEqualTo(0.4);
        assertThat(evidence.coreLift().orElseThrow().value()).isZero();
    }
}
