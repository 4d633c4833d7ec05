package io.dangol.crm.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.DangolApplication;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.admin.Role;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.persistence.DatabaseBackup;
import io.dangol.crm.scoring.RunScoring;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.testing.Tables;
import io.dangol.crm.testing.TestDatabase;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A backup of a scored database with staff and an access log, restored into a new database by the {@code restore}
 * command, serves the same customers, scores and access log — and the restored log's chain goes on where it stopped.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackupRestoreTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    RunScoring scoring;

    @Autowired
    AccessLog accessLog;

    @Test
    void aRestoredDatabaseServesTheSameCustomersScoresAndAccessLog(@TempDir Path folder, CapturedOutput output) throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(400, 5));
        scoring.run(ScoringRequest.now(ScoringTrigger.CLI, "test"), ScoringListener.NONE);
        String seller = aUserWith(Role.SALES);
        long customer = jdbc.sql("select id from customer where name <> '' order by id limit 1").query(Long.class).single();
        String name = jdbc.sql("select name from customer where id = ?").param(customer).query(String.class).single();
        accessLog.record(new AccessLogEntry(Instant.now(), seller, "10.9.0.1", Optional.of(CustomerId.of(customer)),
                AccessAction.VIEW, "customer page"));

        TestDatabase.Connection source = TestDatabase.connection();
        Path backup = folder.resolve("dangol.zip");
        DatabaseBackup.Summary written;
        try (Connection owner = DriverManager.getConnection(source.url(), source.username(), source.password());
             OutputStream out = Files.newOutputStream(backup)) {
            written = DatabaseBackup.write(owner, out);
        }
        assertThat(written.rows()).containsEntry("customer", 400L).containsKeys("access_log", "customer_score", "app_user");

        String database = "restored_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection owner = DriverManager.getConnection(source.url(), source.username(), source.password())) {
            owner.createStatement().execute("create database " + database);
        }
        String restoredUrl = source.url().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");

        // the restore command, as an operator runs it: the app migrates the new database, then loads the file
        ConfigurableApplicationContext restore = new SpringApplicationBuilder(DangolApplication.class)
                .web(WebApplicationType.NONE).properties("crm.command=restore", "spring.main.banner-mode=off")
                .run("restore", backup.toString(), "--spring.datasource.url=" + restoredUrl,
                        "--spring.datasource.username=" + source.username(), "--spring.datasource.password=" + source.password(),
                        "--crm.db.provision-app-role=true");
        assertThat(SpringApplication.exit(restore)).isZero();
        assertThat(output.getOut()).containsPattern("restore: \\d+ tables, \\d+ rows in [0-9.]+ s; schema version \\d+; "
                + "access log \\d+ entries, chain intact");

        JdbcClient restored = JdbcClient.create(new DriverManagerDataSource(restoredUrl, source.username(), source.password()));
        for (String digest : new String[] {
                "select md5(string_agg(concat_ws('|', id, name, ladder_stage), ',' order by id)) from customer",
                "select md5(string_agg(concat_ws('|', customer_id, segment, stage, monetary, p_alive, predicted_clv), ',' order by customer_id)) from customer_score",
                "select md5(string_agg(concat_ws('|', id, chain_seq, username, customer_id, what, hash), ',' order by id)) from access_log",
                "select md5(string_agg(concat_ws('|', username, password_hash), ',' order by username)) from app_user",
                "select md5(string_agg(customer_key, ',' order by customer_key)) from report.scores"}) {
            assertThat(restored.sql(digest).query(String.class).single()).as(digest).isEqualTo(jdbc.sql(digest).query(String.class).single());
        }
        assertThat(restored.sql("select string_agg(tgenabled::text, '') from pg_trigger where tgrelid = 'access_log'::regclass and not tgisinternal")
                .query(String.class).single()).as("the access log's triggers fire always again").isEqualTo("AAA");

        // and an instance on the restored database serves them: the restored user signs in and opens the customer
        ConfigurableApplicationContext served = new SpringApplicationBuilder(DangolApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + restoredUrl, "--spring.datasource.username=" + source.username(),
                "--spring.datasource.password=" + source.password(), "--crm.db.provision-app-role=true",
                "--spring.main.banner-mode=off");
        try {
            String base = "http://localhost:" + ((WebServerApplicationContext) served).getWebServer().getPort();
            StaffBrowser browser = new StaffBrowser();
            browser.signIn(base, seller, PASSWORD);
            HttpResponse<String> page = browser.get(base + "/customers/" + customer);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(name);
            // that look was logged, chained after the restored entries
            assertThat(restored.sql("select count(*) from access_log where username = ? and customer_id = ?").params(seller, customer)
                    .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        } finally {
            served.close();
        }
        assertThat(restored.sql("select bool_and(hash is not null) and count(*) = max(chain_seq) - min(chain_seq) + 1 from access_log")
                .query(Boolean.class).single()).isTrue();
    }
}
