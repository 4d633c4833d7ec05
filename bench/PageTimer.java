import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times pages of a running Dangol from a second process, signed in as a staff user, one request at a time.
 * Usage: java bench/PageTimer.java <base-url> <username> <password> marketing [requests]
 *        java -cp postgresql.jar bench/PageTimer.java <base-url> <username> <password> sales <requests> <jdbc-url>
 * Prints "page <name>: p50 <ms> ms, p95 <ms> ms" per page.
 */
public class PageTimer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SIZE = Pattern.compile("id=\"segment-size\">([0-9,]+)<");
    private static final Pattern PREDEFINED = Pattern.compile("href=\"(/segments/(?:stage|rfm)-[a-z-]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    PageTimer(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/PageTimer.java <base-url> <username> <password> marketing [requests]");
            System.exit(2);
        }
        PageTimer timer = new PageTimer(args[0]);
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        timer.signIn(args[1], args[2]);
        if (args[3].equals("marketing")) {
            timer.marketing(requests);
        } else if (args[3].equals("service")) {
            timer.service(requests);
        } else if (args[3].equals("sales") && args.length > 5) {
            timer.sales(requests, args[5]);
        } else {
            System.err.println("unknown workspace " + args[3]);
            System.exit(2);
        }
    }

    void signIn(String username, String password) throws Exception {
        String login = get("/login").body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        if (signedIn.uri().getPath().equals("/account/password")) {
            // the password the `password` command printed is an issued one: choose another, as a person would
            String chosen = password + "-" + Long.toHexString(System.nanoTime());
            String change = "current=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + "&chosen=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8)
                    + "&repeated=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrfOf(signedIn.body()), StandardCharsets.UTF_8);
            HttpResponse<String> changed = client.send(HttpRequest.newBuilder(URI.create(base + "/account/password"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
            if (changed.uri().getPath().startsWith("/account/password")) {
                throw new IllegalStateException("could not choose a password for " + username);
            }
        }
    }

    void marketing(int requests) throws Exception {
        Set<String> segments = new LinkedHashSet<>();
        Matcher links = PREDEFINED.matcher(get("/segments").body());
        while (links.find()) {
            segments.add(links.group(1));
        }
        String largest = null;
        long largestSize = -1;
        for (String segment : segments) {
            Matcher size = SIZE.matcher(get(segment).body());
            long customers = size.find() ? Long.parseLong(size.group(1).replace(",", "")) : 0;
            if (customers > largestSize) {
                largest = segment;
                largestSize = customers;
            }
        }
        System.out.printf("largest predefined segment: %s (%,d customers)%n", largest, largestSize);
        time("dashboard", "/marketing", requests);
        time("segment-first", largest, requests);
        time("segment-deep", largest + "?page=500", requests);
    }

    /** The service desk's queues and the voice inbox, as a service agent opens them. */
    void service(int requests) throws Exception {
        time("cases-all", "/cases?view=all", requests);
        time("cases-deep", "/cases?view=all&page=200", requests);
        time("cases-core-complaints", "/cases?view=all&kind=COMPLAINT&stage=CORE", requests);
        time("cases-overdue", "/cases?view=team&team=SERVICE&overdue=true", requests);
        time("voice-inbox", "/voice", requests);
        time("voice-negative-deep", "/voice?sentiment=NEGATIVE&status=ALL&page=200", requests);
        time("voice-dashboard", "/voice/dashboard", Math.max(20, requests / 5));
        time("voice-themes", "/voice/themes", Math.max(20, requests / 5));
    }

    /** Random existing customers' names, phones (written three ways) and e-mails in the search box, and their pages. */
    void sales(int requests, String jdbcUrl) throws Exception {
        List<String[]> sample = new ArrayList<>();
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "");
             var statement = connection.createStatement();
             var rs = statement.executeQuery("""
                     select c.id, c.name,
                            (select value from contact_point p where p.customer_id = c.id and p.kind = 'PHONE' limit 1),
                            (select value from contact_point p where p.customer_id = c.id and p.kind = 'EMAIL' limit 1)
                     from customer c tablesample system (1) repeatable (7) where c.erased_at is null limit 2000""")) {
            while (rs.next()) {
                sample.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        java.util.Random random = new java.util.Random(7);
        String token = csrfOf(get("/customers").body());
        List<String> queries = new ArrayList<>();
        for (String[] customer : sample) {
            queries.add(customer[1]);
            if (customer[2] != null) {
                String digits = customer[2].replaceAll("\\D", "");
                String national = digits.startsWith("82") ? "0" + digits.substring(2) : digits;
                queries.add(switch (random.nextInt(3)) {
                    case 0 -> national;
                    case 1 -> national.substring(0, 3) + "-" + national.substring(3, 7) + "-" + national.substring(7);
                    default -> "+82 " + national.substring(1, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
                });
            }
            if (customer[3] != null) {
                queries.add(customer[3]);
            }
        }
        java.util.Collections.shuffle(queries, random);
        long[] millis = new long[requests];
        for (int i = -requests / 10; i < requests; i++) {
            String q = queries.get(Math.floorMod(i, queries.size()));
            long start = System.nanoTime();
            HttpResponse<String> found = client.send(HttpRequest.newBuilder(URI.create(base + "/customers/search"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                    .POST(HttpRequest.BodyPublishers.ofString("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&_csrf="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            check(found, "/customers/search");
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        report("search", millis);
        for (int i = -requests / 10; i < requests; i++) {
            String[] customer = sample.get(Math.floorMod(i * 7919, sample.size()));
            long start = System.nanoTime();
            check(get("/customers/" + customer[0]), "/customers/" + customer[0]);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        report("customer", millis);
    }

    private static String csrfOf(String page) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return csrf.group(1);
    }

    private static void report(String name, long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("page %s: p50 %d ms, p95 %d ms%n", name, percentile(sorted, 50), percentile(sorted, 95));
    }

    private void time(String name, String path, int requests) throws Exception {
        for (int i = 0; i < Math.max(10, requests / 10); i++) {
            check(get(path), path);
        }
        long[] millis = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            check(get(path), path);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        report(name, millis);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200 || response.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " at " + response.uri());
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}
