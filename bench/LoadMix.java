import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sustained-load benchmark's client (bench/load.sh): an open-loop, fixed-rate mix of what staff do all day — browse
 * segments (and the marketing dashboard), open customers and their timelines, search, log contacts, record consents —
 * from 12 signed-in sessions of a SALES user and 6 of a MARKETING user the admin creates, for a number of seconds, with a scoring run started by the admin half-way. Each
 * request is timed from when it was due, not from when it went out, so a slow server cannot hide its queue
 * (coordinated omission). A 60 s warm-up at the same rate comes first and is not counted (a fresh JVM compiles its
 * hot paths in its first minutes). Then the rate is stepped up, 30 s a step, until p99 passes 1 s.
 * Usage: java -cp postgresql.jar bench/LoadMix.java <base url> <jdbc url> <rate> <seconds> <admin password>
 * Last line: {@code load: <rate> requests/s for <s> s; p50 <ms> ms, p95 <ms> ms, p99 <ms> ms; <n> errors; p99 passes 1 s at <rate> requests/s}
 */
public class LoadMix {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ISSUED = Pattern.compile("<code class=\"fs-5 ms-2\">([^<]+)</code>");
    private static final Pattern SEGMENT = Pattern.compile("href=\"(/segments/(?:stage|rfm)-[a-z-]+)\"");
    private static final String[] SEARCHES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "김민", "이서", "박지", "최준", "정수"};

    private static final int WARM_UP_SECONDS = 60;

    private final String base;
    private final Random random = new Random(16);
    private final List<Session> sales = new ArrayList<>();
    private final List<Session> marketing = new ArrayList<>();
    private final List<String> segments = new ArrayList<>();
    private final long[] customers;

    /** One signed-in browser: its own cookies and CSRF token. */
    private final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String csrf;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "ko").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "ko")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** As an admin: creates a user with one role and returns the password the page shows once. */
        String createUser(String username, String role) throws Exception {
            post("/admin/users", "username=" + enc(username) + "&displayName=" + enc("부하 " + role) + "&roles=" + role);
            Matcher issued = ISSUED.matcher(get("/admin/users").body());
            if (!issued.find()) {
                throw new IllegalStateException("no password issued for " + username);
            }
            return issued.group(1);
        }

        /** Signs in; an issued password (the `password` command's) is replaced first: returns the password now in force. */
        String signIn(String username, String password) throws Exception {
            csrf = csrfOf(get("/login").body());
            HttpResponse<String> signedIn = post("/login", "username=" + enc(username) + "&password=" + enc(password));
            String landing = signedIn.headers().firstValue("Location").orElse("");
            if (landing.contains("/login")) {
                throw new IllegalStateException("sign-in refused for " + username);
            }
            String inForce = password;
            if (landing.endsWith("/account/password")) {
                csrf = csrfOf(get("/account/password").body());
                inForce = password + "-load-" + Long.toHexString(System.nanoTime());
                HttpResponse<String> changed = post("/account/password", "current=" + enc(password) + "&chosen=" + enc(inForce)
                        + "&repeated=" + enc(inForce));
                if (changed.headers().firstValue("Location").orElse("").contains("/account/password") || changed.statusCode() == 200) {
                    throw new IllegalStateException("could not choose a password for " + username);
                }
            }
            csrf = csrfOf(get("/customers").body());
            return inForce;
        }
    }

    private LoadMix(String base, long[] customers) {
        this.base = base;
        this.customers = customers;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        long[] customers;
        try (Connection c = DriverManager.getConnection(args[1], "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from customer tablesample system (2) repeatable (16) "
                     + "where merged_into is null and erased_at is null limit 20000")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            customers = ids.stream().mapToLong(Long::longValue).toArray();
        }
        LoadMix load = new LoadMix(base, customers);
        Session admin = load.new Session();
        admin.signIn("admin", args[4]);
        // staff of their own for this run, created by the admin as a person would (the demo command writes none)
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000);
        String salesPassword = admin.createUser("load-sales-" + suffix, "SALES");
        String marketingPassword = admin.createUser("load-marketing-" + suffix, "MARKETING");
        load.signInSessions("load-sales-" + suffix, salesPassword, "load-marketing-" + suffix, marketingPassword);

        // a freshly started JVM spends its first minutes compiling the hot paths (C2 took more CPU than the requests):
        // the operator's app has been up for days, so the mix runs 60 s at the same rate first, not counted
        Result warmUp = load.run(rate, WARM_UP_SECONDS, null, -1);
        System.out.println(warmUp.line("warm-up (not counted)", rate, WARM_UP_SECONDS));
        Thread.sleep(5_000);
        Result main = load.run(rate, seconds, admin, seconds / 2);
        System.out.println(main.line("load mix", rate, seconds));
        System.out.println(main.during.line("while scoring", rate, main.scoringSeconds));

        // the rate at which p99 passes 1 s: stepped up from the asked rate while it holds, else down until it holds
        int passesAt = -1;
        if (main.percentile(99) <= 1_000) {
            for (int step = rate + 50; step <= 600; step += 50) {
                Result stepped = load.run(step, 30, null, -1);
                System.out.println(stepped.line("step", step, 30));
                if (stepped.percentile(99) > 1_000 || stepped.errors.get() > stepped.count() / 100) {
                    passesAt = step;
                    break;
                }
            }
        } else {
            passesAt = rate;
            for (int step = rate - 10; step >= 10; step -= 10) {
                Thread.sleep(20_000); // let the queue of the step before drain
                Result stepped = load.run(step, 30, null, -1);
                System.out.println(stepped.line("step", step, 30));
                if (stepped.percentile(99) <= 1_000 && stepped.errors.get() <= stepped.count() / 100) {
                    break;
                }
                passesAt = step;
            }
        }
        System.out.printf(Locale.ROOT, "load: %d requests/s for %d s; p50 %d ms, p95 %d ms, p99 %d ms; %d errors; p99 passes 1 s at %s requests/s%n",
                rate, seconds, main.percentile(50), main.percentile(95), main.percentile(99), main.errors.get(),
                passesAt < 0 ? "more than 600" : Integer.toString(passesAt));
    }

    private void signInSessions(String salesUser, String salesPassword, String marketingUser, String marketingPassword)
            throws Exception {
        // the first session of each user chooses the password (which ends other sessions), the others sign in with it
        for (int i = 0; i < 12; i++) {
            Session s = new Session();
            salesPassword = s.signIn(salesUser, salesPassword);
            sales.add(s);
            if (i < 6) {
                Session m = new Session();
                marketingPassword = m.signIn(marketingUser, marketingPassword);
                marketing.add(m);
            }
        }
        Matcher found = SEGMENT.matcher(marketing.get(0).get("/segments").body());
        while (found.find()) {
            if (!segments.contains(found.group(1))) {
                segments.add(found.group(1));
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalStateException("no predefined segments on /segments");
        }
    }

    /** Latencies of one run, and of the part of it a scoring run overlapped. */
    private static final class Result {
        final ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();
        Result during;
        long scoringSeconds;

        int count() {
            return millis.size();
        }

        long percentile(int p) {
            long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        String line(String what, int rate, long seconds) {
            return String.format(Locale.ROOT, "%s: %d requests/s for %d s: %d done, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; %d errors",
                    what, rate, seconds, count(), percentile(50), percentile(95), percentile(99), percentile(100), errors.get());
        }
    }

    private Result run(int rate, int seconds, Session admin, int scoringAt) throws Exception {
        Result result = new Result();
        result.during = new Result();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        var workers = Executors.newFixedThreadPool(Math.max(64, rate));
        long periodNanos = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime() + 200_000_000L;
        AtomicLong scoringFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong scoringTo = new AtomicLong(Long.MAX_VALUE);
        for (long i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            int kind = random.nextInt(100);
            long customer = customers[random.nextInt(customers.length)];
            int salesSession = random.nextInt(sales.size());
            int marketingSession = random.nextInt(marketing.size());
            String segment = segments.get(random.nextInt(segments.size()));
            int page = 1 + random.nextInt(40);
            String search = SEARCHES[random.nextInt(SEARCHES.length)];
            clock.schedule(() -> workers.execute(() -> {
                boolean ok;
                try {
                    ok = request(kind, customer, sales.get(salesSession), marketing.get(marketingSession), segment, page, search);
                } catch (Exception e) {
                    ok = false;
                }
                long done = System.nanoTime();
                long took = (done - due) / 1_000_000;
                result.millis.add(took);
                if (!ok) {
                    result.errors.incrementAndGet();
                }
                if (due >= scoringFrom.get() && due <= scoringTo.get()) {
                    result.during.millis.add(took);
                    if (!ok) {
                        result.during.errors.incrementAndGet();
                    }
                }
            }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        if (admin != null && scoringAt >= 0) {
            Thread.sleep(Math.max(0, (start - System.nanoTime()) / 1_000_000 + scoringAt * 1000L));
            scoringFrom.set(System.nanoTime());
            HttpResponse<String> started = admin.post("/admin/scoring/runs", "asOf=");
            System.out.printf(Locale.ROOT, "scoring run started at %d s (%d)%n", scoringAt, started.statusCode());
            // the run ends when the scoring page no longer shows it running
            Thread.sleep(2_000);
            while (admin.get("/admin/scoring/live").body().contains("id=\"progress\"")) {
                Thread.sleep(1_000);
            }
            scoringTo.set(System.nanoTime());
            result.scoringSeconds = (scoringTo.get() - scoringFrom.get()) / 1_000_000_000L;
            System.out.printf(Locale.ROOT, "scoring run finished after %d s%n", result.scoringSeconds);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        workers.shutdown();
        workers.awaitTermination(120, TimeUnit.SECONDS);
        return result;
    }

    /** One request of the mix; true when it was answered as a person would expect (2xx, or the redirect after a form). */
    private boolean request(int kind, long customer, Session seller, Session marketer, String segment, int page, String search)
            throws Exception {
        if (kind < 20) {
            return seller.get("/customers/" + customer).statusCode() == 200;
        }
        if (kind < 35) {
            return seller.get("/customers/" + customer + "/timeline").statusCode() == 200;
        }
        if (kind < 50) {
            return seller.get("/customers?q=" + enc(search)).statusCode() == 200;
        }
        if (kind < 75) {
            return marketer.get(segment + "?page=" + page).statusCode() == 200;
        }
        if (kind < 85) {
            return marketer.get("/marketing").statusCode() == 200;
        }
        if (kind < 95) {
            HttpResponse<String> logged = seller.post("/customers/" + customer + "/contacts",
                    "channel=PHONE&direction=OUTBOUND&purpose=SALES&outcome=REACHED&department=SALES&note=" + enc("부하 시험 통화"));
            return logged.statusCode() == 302 && !logged.headers().firstValue("Location").orElse("").contains("/login");
        }
        HttpResponse<String> consent = seller.post("/customers/" + customer + "/consents",
                "channel=SMS&purpose=MARKETING&status=" + (customer % 2 == 0 ? "GRANTED" : "WITHDRAWN") + "&source=PHONE_CALL&note=");
        return consent.statusCode() == 302 && !consent.headers().firstValue("Location").orElse("").contains("/login");
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static {
        Arrays.sort(SEARCHES);
    }
}
