package io.dangol.crm.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.DangolApplication;
import io.dangol.crm.admin.AdministeringUsers;
import io.dangol.crm.admin.AdministeringUsers.CreateUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.testing.Tables;
import io.dangol.crm.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app instances on one database, on two ports, as behind a load balancer: whatever one knows of a user, a job or
 * a guess, the other knows too — sessions, the scoring lock, an import's progress and the sign-in throttle all live in
 * PostgreSQL.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "correct-horse-battery";

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTwoInstances() {
        one = start();
        two = start();
        jdbc = one.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
        // the other tests start from empty customer data; the instances' own pools are closed by now
        TestDatabase.Connection db = TestDatabase.connection();
        Tables.emptyCustomerData(JdbcClient.create(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(db.url(), db.username(), db.password())));
    }

    private static ConfigurableApplicationContext start() {
        TestDatabase.Connection db = TestDatabase.connection();
        // as command-line arguments, which outrank application.properties (default properties would not)
        return new SpringApplicationBuilder(DangolApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--crm.db.provision-app-role=true",
                "--spring.main.banner-mode=off");
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static String aUserWith(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        one.getBean(AdministeringUsers.class).create(new CreateUser("test", username, null, EnumSet.of(role)), PASSWORD);
        return username;
    }

    @Test
    void aSignInOnOneInstanceIsValidOnTheOtherAndASignOutEndsItOnBoth() throws Exception {
        String seller = aUserWith(Role.SALES);
        StaffBrowser browser = new StaffBrowser();
        assertThat(browser.signIn(base(one), seller, PASSWORD).headers().firstValue("Location")).hasValue(base(one) + "/");

        HttpResponse<String> onTwo = browser.get(base(two) + "/follow-ups");
        assertThat(onTwo.statusCode()).isEqualTo(200);
        assertThat(onTwo.body()).contains(seller);

        browser.post(base(two) + "/logout", base(two) + "/follow-ups", Map.of());
        assertThat(browser.get(base(one) + "/follow-ups").statusCode()).as("signed out on the other instance").isEqualTo(302);
    }

    @Test
    void runNowOnBothInstancesAtOnceGivesOneRun() throws Exception {
        Tables.emptyCustomerData(jdbc);
        one.getBean(DemoData.class).load(new DemoRequest(3_000, DemoRequest.DEFAULT_SEED));
        String admin = aUserWith(Role.ADMIN);
        StaffBrowser onOne = new StaffBrowser();
        StaffBrowser onTwo = new StaffBrowser();
        onOne.signIn(base(one), admin, PASSWORD);
        onTwo.signIn(base(two), admin, PASSWORD);
        String tokenOne = onOne.csrf(base(one) + "/admin/scoring");
        String tokenTwo = onTwo.csrf(base(two) + "/admin/scoring");
        Instant before = Instant.now();

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> clicks = List.of(
                CompletableFuture.supplyAsync(() -> click(onOne, base(one), tokenOne, together)),
                CompletableFuture.supplyAsync(() -> click(onTwo, base(two), tokenTwo, together)));
        assertThat(clicks).allSatisfy(click -> assertThat(click.join()).isEqualTo(302));

        await(() -> jdbc.sql("select count(*) from scoring_run where started_by = ? and status = 'RUNNING'").param(admin)
                .query(Long.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from scoring_run where started_by = ? and started_at >= ?")
                .params(admin, java.sql.Timestamp.from(before)).query(Long.class).single())
                .as("one run, though both instances were asked").isEqualTo(1);
        List<String> pages = List.of(onOne.get(base(one) + "/admin/scoring").body(), onTwo.get(base(two) + "/admin/scoring").body());
        assertThat(pages).as("the instance asked second says a run is going").filteredOn(p -> p.contains("already running"))
                .hasSize(1);
    }

    private static int click(StaffBrowser browser, String base, String csrf, CyclicBarrier together) {
        try {
            together.await();
            return browser.http.send(browser.request(base + "/admin/scoring/runs")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anImportStartedOnOneInstanceIsFollowedOnTheOther() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(base(one), admin, PASSWORD);
        StringBuilder csv = new StringBuilder("customer_id,date,amount,product\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("T").append(i % 2_000).append(",2026-03-").append(10 + i % 18).append(',').append(1_000 + i).append(",원두\n");
        }
        HttpResponse<String> uploaded = browser.upload(base(one), base(one) + "/admin/import", "two-instances.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), Map.of("source", "pos"));
        String report = uploaded.headers().firstValue("Location").orElseThrow();
        String path = URI.create(report).getPath();
        assertThat(path).matches("/admin/import/\\d+");

        HttpResponse<String> onTwo = browser.get(base(two) + path);
        assertThat(onTwo.statusCode()).isEqualTo(200);
        assertThat(onTwo.body()).contains("two-instances.csv");
        await(() -> {
            try {
                return browser.get(base(two) + path).body().contains("20,000");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long run = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        await(() -> !"RUNNING".equals(jdbc.sql("select status from import_run where id = ?").param(run).query(String.class).single()));
        assertThat(browser.get(base(two) + path).body()).contains("two-instances.csv", "20,000");
    }

    @Test
    void theSignInThrottleCountsFailuresOnBothInstances() throws Exception {
        String seller = aUserWith(Role.SALES);
        StaffBrowser guesser = new StaffBrowser();
        // three wrong passwords on each instance: six from this address, one more than the five that are free
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.signIn(base(one), seller, "wrong-" + i).headers().firstValue("Location")).hasValue(base(one) + "/login?error");
            assertThat(guesser.signIn(base(two), seller, "wrong-" + i).headers().firstValue("Location")).hasValue(base(two) + "/login?error");
        }
        HttpResponse<String> right = guesser.signIn(base(one), seller, PASSWORD);
        assertThat(right.headers().firstValue("Location")).as("slowed down though each instance saw only three")
                .hasValue(base(one) + "/login?locked");
        assertThat(guesser.get(base(one) + "/follow-ups").statusCode()).isEqualTo(302);
    }

    @Test
    void eachInstanceAnswersHealthChecksAndMetricsButNothingElseOfTheActuator() throws Exception {
        StaffBrowser monitor = new StaffBrowser();
        for (ConfigurableApplicationContext instance : List.of(one, two)) {
            HttpResponse<String> ready = monitor.get(base(instance) + "/actuator/health/readiness");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"UP\"").doesNotContain("postgres", "jdbc");
            assertThat(monitor.get(base(instance) + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(monitor.get(base(instance) + "/actuator/env").statusCode()).isNotEqualTo(200);
        }
        monitor.signIn(base(two), "nobody-" + UUID.randomUUID(), "wrong");
        monitor.get(base(two) + "/login");

        // the scrape comes from this machine itself, which CRM_METRICS_FROM allows by default
        HttpResponse<String> scraped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base(two) + "/actuator/prometheus"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("http_server_requests_seconds_bucket", "uri=\"/login\"",
                "dangol_sign_ins_total{", "outcome=\"failed\"", "dangol_access_log_entries_total",
                "dangol_scoring_last_success_age_seconds", "dangol_imports_running", "dangol_import_rows_per_second");
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited a minute").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
