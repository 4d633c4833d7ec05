import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The faults benchmark (bench/faults.sh): the app killed with SIGKILL at seeded random points of a scoring run and of
 * a 1,000,000-line import (10 points each), and PostgreSQL restarted in the middle of each, on a database run as a
 * separate process (as in production). After every fault the app is started again and the database checked:
 * <ul>
 *   <li>scores: every customer scored, all by one successful run (the previous one intact or the new one complete,
 *   never a mix) — a customer without a score is a row lost;</li>
 *   <li>imports: the file imported again to the end; then the order lines of its source must be exactly those of a
 *   clean import (fewer: rows lost; more: duplicates);</li>
 *   <li>no scoring run or import left RUNNING (the restarted app, or the one that stayed up, marks the dead ones);</li>
 *   <li>when PostgreSQL restarts under a serving app, the app answers again by itself (else: a manual restart).</li>
 * </ul>
 * Usage: java -cp postgresql.jar bench/Faults.java <jar> <pg bin dir> <data dir> <import file> <seed> <logs dir>
 * Last line: {@code faults: <n> scenarios, <lost> rows lost, <dup> duplicates, <stuck> stuck jobs, <manual> manual restarts}
 */
public class Faults {

    private static final int DB_PORT = 54350;
    private static final int APP_PORT = 18350;
    private static final String URL = "jdbc:postgresql://localhost:" + DB_PORT + "/postgres";

    private static String jar;
    private static Path pgBin;
    private static Path data;
    private static Path importFile;
    private static Path logs;
    private static Random random;
    private static Process postgres;
    private static int logNumber;

    private static int scenarios;
    private static long lost;
    private static long duplicates;
    private static long stuck;
    private static int manualRestarts;

    public static void main(String[] args) throws Exception {
        jar = args[0];
        pgBin = Path.of(args[1]);
        data = Path.of(args[2]);
        importFile = Path.of(args[3]);
        random = new Random(Long.parseLong(args[4]));
        logs = Path.of(args[5]);
        Files.createDirectories(logs);
        startPostgres();
        try {
            long customersBefore = number("select count(*) from customer where merged_into is null");
            Duration whole = timed(() -> runToEnd("score"));
            // kill points fall within the run itself, not the JVM's start before it
            Duration scoring = Duration.ofMillis(number("select (extract(epoch from finished_at - started_at) * 1000)::bigint "
                    + "from scoring_run where status = 'SUCCEEDED' order by id desc limit 1"));
            System.out.printf(Locale.ROOT, "baseline: scoring %d customers: the run %.1f s (%.1f s with the JVM's start)%n",
                    customersBefore, scoring.toMillis() / 1000.0, whole.toMillis() / 1000.0);
            check("baseline scoring", false);
            for (int i = 1; i <= 10; i++) {
                killDuring("score", "scoring_run", i, scoring);
            }
            restartPostgresDuring("score", "scoring_run", scoring);

            runToEnd("import", "transactions", importFile.toString(), "--source=faults");
            // the faults strike imports of a file already in (as a nightly feed is): time one such run
            runToEnd("import", "transactions", importFile.toString(), "--source=faults");
            Duration importing = Duration.ofMillis(number("select (extract(epoch from finished_at - started_at) * 1000)::bigint "
                    + "from import_run where status = 'SUCCEEDED' order by id desc limit 1"));
            long expectedLines = number("select count(*) from order_line l join customer_order o on o.id = l.order_id "
                    + "where o.source_system = 'faults'");
            System.out.printf(Locale.ROOT, "baseline: import of %s again: the run %.1f s; %d order lines%n", importFile.getFileName(),
                    importing.toMillis() / 1000.0, expectedLines);
            for (int i = 1; i <= 10; i++) {
                killDuring("import", "import_run", i, importing);
                rerunImportAndCount(expectedLines);
            }
            restartPostgresDuring("import", "import_run", importing);
            rerunImportAndCount(expectedLines);
        } finally {
            stopPostgres();
        }
        System.out.printf(Locale.ROOT, "faults: %d scenarios, %d rows lost, %d duplicates, %d stuck jobs, %d manual restarts%n",
                scenarios, lost, duplicates, stuck, manualRestarts);
    }

    // ---- scenarios ---------------------------------------------------------------------------------------------------

    /** Starts the job, waits until its run is RUNNING, kills the process at a random point of a typical run. */
    private static void killDuring(String job, String runs, int point, Duration typical) throws Exception {
        scenarios++;
        long before = number("select coalesce(max(id), 0) from " + runs);
        Process process = app(job.equals("score") ? List.of("score")
                : List.of("import", "transactions", importFile.toString(), "--source=faults"));
        Instant running = awaitRunning(runs, before, process);
        long delay = (long) (random.nextDouble() * typical.toMillis());
        Thread.sleep(delay);
        boolean wasAlive = process.isAlive();
        process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "fault %s %d: killed %.1f s into the run%s%n", job, point, delay / 1000.0,
                wasAlive ? "" : " (it had already finished)");
        // a dead import is told from one just starting by its age (it takes its lock within moments)
        long age = Duration.between(running, Instant.now()).toMillis();
        if (age < 11_000) {
            Thread.sleep(11_000 - age);
        }
        check(job + " " + point, true);
    }

    /** PostgreSQL stops in the middle of the job and starts again; a serving app stays up throughout. */
    private static void restartPostgresDuring(String job, String runs, Duration typical) throws Exception {
        scenarios++;
        Process serving = app(List.of("--server.port=" + APP_PORT));
        awaitReady(Duration.ofMinutes(3));
        long before = number("select coalesce(max(id), 0) from " + runs);
        Process process = app(job.equals("score") ? List.of("score")
                : List.of("import", "transactions", importFile.toString(), "--source=faults"));
        awaitRunning(runs, before, process);
        Thread.sleep((long) (typical.toMillis() * (0.2 + 0.4 * random.nextDouble())));
        stopPostgres();
        Thread.sleep(3_000);
        startPostgres();
        System.out.printf(Locale.ROOT, "fault %s: PostgreSQL restarted during the run%n", job);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            System.out.println("  the job's process hung after the restart: killed");
            process.destroyForcibly().waitFor();
            stuck++;
        }
        if (!readyWithin(Duration.ofSeconds(60))) {
            System.out.println("  the serving app did not come back by itself: restarted by hand");
            manualRestarts++;
            serving.destroy();
            serving.waitFor(60, TimeUnit.SECONDS);
            serving = app(List.of("--server.port=" + APP_PORT));
            awaitReady(Duration.ofMinutes(3));
        }
        // the app that stayed up finds the dead run within its minute
        long left = awaitNoneRunning(Duration.ofSeconds(150));
        stuck += left;
        checkScores(job + " restart");
        serving.destroy();
        serving.waitFor(60, TimeUnit.SECONDS);
    }

    /** The app restarted after a fault: no job RUNNING, scores whole. */
    private static void check(String scenario, boolean restartApp) throws Exception {
        if (restartApp) {
            Process serving = app(List.of("--server.port=" + APP_PORT));
            awaitReady(Duration.ofMinutes(3));
            long left = number("select (select count(*) from scoring_run where status = 'RUNNING') "
                    + "+ (select count(*) from import_run where status = 'RUNNING')");
            if (left > 0) {
                System.out.printf("  %s: %d job(s) still RUNNING after the restart%n", scenario, left);
            }
            stuck += left;
            serving.destroy();
            serving.waitFor(60, TimeUnit.SECONDS);
        }
        checkScores(scenario);
    }

    /**
     * The scores in place are one successful run's, whole: as many rows as that run recorded scoring, all of them its
     * own. (Customers imported since are simply not scored yet.)
     */
    private static void checkScores(String scenario) throws SQLException {
        long rows = number("select count(*) from customer_score");
        long runs = number("select count(distinct run_id) from customer_score");
        long notSucceeded = number("select count(*) from customer_score s left join scoring_run r on r.id = s.run_id "
                + "where r.status is distinct from 'SUCCEEDED'");
        long recorded = number("select coalesce((select customers from scoring_run where id = (select max(run_id) from customer_score)), 0)");
        if (runs > 1 || notSucceeded > 0) {
            System.out.printf("  %s: scores of %d runs, %d of a run that did not succeed: a mix%n", scenario, runs, notSucceeded);
            lost += notSucceeded;
        }
        if (rows != recorded) {
            System.out.printf("  %s: %d scores where the run recorded %d%n", scenario, rows, recorded);
            lost += Math.abs(recorded - rows);
        }
    }

    private static void rerunImportAndCount(long expected) throws Exception {
        runToEnd("import", "transactions", importFile.toString(), "--source=faults");
        long lines = number("select count(*) from order_line l join customer_order o on o.id = l.order_id "
                + "where o.source_system = 'faults'");
        long orders = number("select count(*) - count(distinct external_id) from customer_order where source_system = 'faults'");
        if (lines != expected || orders != 0) {
            System.out.printf("  after the rerun: %d order lines of %d, %d duplicate orders%n", lines, expected, orders);
        }
        lost += Math.max(0, expected - lines);
        duplicates += Math.max(0, lines - expected) + orders;
    }

    // ---- processes ---------------------------------------------------------------------------------------------------

    private static Process app(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CRM_DB_URL", URL);
        builder.environment().put("CRM_DB_USER", "postgres");
        builder.environment().put("CRM_DB_PASSWORD", "");
        builder.environment().put("CRM_DB_PROVISION_APP_ROLE", "true");
        builder.environment().put("CRM_DEMO", "false");
        Path log = logs.resolve(String.format(Locale.ROOT, "%03d-%s.log", ++logNumber, arguments.get(0).replace("--", "")));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static void runToEnd(String... arguments) {
        try {
            Process process = app(List.of(arguments));
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " failed; see " + logs);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant awaitRunning(String runs, long after, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (number("select count(*) from " + runs + " where id > " + after) > 0) {
                return Instant.now();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the job ended before its run was recorded; see " + logs);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no run started within 3 minutes; see " + logs);
    }

    private static long awaitNoneRunning(Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        long left;
        do {
            left = number("select (select count(*) from scoring_run where status = 'RUNNING') "
                    + "+ (select count(*) from import_run where status = 'RUNNING')");
            if (left == 0) {
                return 0;
            }
            Thread.sleep(1_000);
        } while (Instant.now().isBefore(deadline));
        System.out.printf("  %d job(s) still RUNNING %d s after the fault%n", left, within.toSeconds());
        return left;
    }

    private static void awaitReady(Duration within) throws Exception {
        if (!readyWithin(within)) {
            throw new IllegalStateException("the app did not get ready; see " + logs);
        }
    }

    private static boolean readyWithin(Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + APP_PORT
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void startPostgres() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("unshare", "-U", pgBin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(DB_PORT), "-c", "listen_addresses=localhost");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("postgres.log").toFile()));
        postgres = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("PostgreSQL did not start; see " + logs.resolve("postgres.log"));
    }

    /** A fast shutdown (SIGINT), as a failover or an operator's restart does. */
    private static void stopPostgres() throws Exception {
        if (postgres == null) {
            return;
        }
        new ProcessBuilder("kill", "-INT", Long.toString(postgres.pid())).start().waitFor();
        postgres.waitFor(2, TimeUnit.MINUTES);
        postgres = null;
    }

    private static long number(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Duration timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
