package io.dangol.crm.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.admin.AccessLogReview;
import io.dangol.crm.admin.ChainCheck;
import io.dangol.crm.admin.KeepAccessLog;
import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.shared.CustomerId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access log is append-only in the database: the app's runtime role may not change, delete or empty it, the
 * schema's owner is refused by the trigger, every entry is chained to the one before, and an edited entry breaks the
 * chain where it was edited.
 */
class AccessLogIntegrityTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessLog log;

    @Autowired
    AccessLogReview review;

    @Autowired
    DatabaseAccess access;

    @Autowired
    KeepAccessLog keep;

    private long anEntry(String who) {
        log.record(new AccessLogEntry(Instant.now(), who, "10.0.0.7", Optional.of(CustomerId.of(4242)), AccessAction.VIEW,
                "customer page"));
        return jdbc.sql("select max(chain_seq) from access_log where username = ?").param(who).query(Long.class).single();
    }

    @Test
    void theAppRunsAsARoleThatMayOnlyReadAndAppendToTheLog() {
        assertThat(access.runtime()).isPresent();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(access.runtime().get());
        long seq = anEntry("integrity-1");

        assertThatThrownBy(() -> jdbc.sql("update access_log set what = 'nothing' where chain_seq = ?").param(seq).update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where chain_seq = ?").param(seq).update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table access_log disable trigger access_log_no_change").update())
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("update access_review set note = 'x'").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from user_rights_change").update()).hasStackTraceContaining("permission denied");
        assertThat(jdbc.sql("select what from access_log where chain_seq = ?").param(seq).query(String.class).single())
                .isEqualTo("customer page");
        assertThat(jdbc.sql("select has_parameter_privilege('session_replication_role', 'SET')").query(Boolean.class).single())
                .as("the bulk import may still skip per-row foreign-key triggers (ADR 11): the owner granted it").isTrue();
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
    }

    @Test
    void evenTheOwnerIsRefusedByTheTrigger() throws SQLException {
        long seq = anEntry("integrity-2");
        try (Connection owner = DriverManager.getConnection(access.url(), access.owner(), access.ownerPassword());
             Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update access_log set what = 'x' where chain_seq = " + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from access_log where chain_seq = " + seq))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate access_log")).hasMessageContaining("append-only");
        }
    }

    @Test
    void anEditedEntryBreaksTheChainWhereItWasEditedAndTheCheckSaysSo() throws SQLException {
        long seq = anEntry("integrity-3");
        anEntry("integrity-3b");
        assertThat(review.verifyChain().intact()).isTrue();

        try (Connection owner = DriverManager.getConnection(access.url(), access.owner(), access.ownerPassword());
             Statement statement = owner.createStatement()) {
            // what someone with the owner's password and intent would do: switch the guard off and rewrite history
            statement.execute("alter table access_log disable trigger access_log_no_change");
            try {
                statement.executeUpdate("update access_log set username = 'somebody-else' where chain_seq = " + seq);
                ChainCheck broken = review.verifyChain();
                assertThat(broken.intact()).isFalse();
                assertThat(broken.broken()).containsExactly(seq);
            } finally {
                statement.executeUpdate("update access_log set username = 'integrity-3' where chain_seq = " + seq);
                statement.execute("alter table access_log enable always trigger access_log_no_change");
            }
        }
        assertThat(review.verifyChain().intact()).isTrue();
    }

    @Test
    void concurrentWritersMakeOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        List<AccessLogEntry> batch = new ArrayList<>();
                        for (int c = 0; c < 4; c++) {
                            batch.add(new AccessLogEntry(Instant.now(), "writer-" + writer, "", Optional.of(CustomerId.of(c + 1)),
                                    AccessAction.VIEW, "segment page " + i));
                        }
                        log.record(batch);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainCheck check = review.verifyChain();
        assertThat(check.intact()).isTrue();
        assertThat(check.last() - check.first() + 1).isEqualTo(check.entries());
        assertThat(jdbc.sql("select count(*) from access_log where username like 'writer-%'").query(Long.class).single())
                .isEqualTo(6 * 25 * 4);
    }

    @Test
    void retentionNeverRemovesEntriesYoungerThanTwoYearsAndLeavesAnUnbrokenChain() {
        anEntry("integrity-4");
        long before = jdbc.sql("select count(*) from access_log").query(Long.class).single();

        // asked to remove everything older than tomorrow, the database keeps two years all the same
        long purged = jdbc.sql("select purge_access_log(?)").param(java.sql.Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)))
                .query(Long.class).single();
        KeepAccessLog.Purged nightly = keep.handle();

        assertThat(purged).isZero();
        assertThat(nightly.entries()).isZero();
        assertThat(jdbc.sql("select count(*) from access_log").query(Long.class).single()).isEqualTo(before);
        assertThat(review.verifyChain().intact()).isTrue();
    }
}
