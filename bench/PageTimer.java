import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times pages of a running Dangol from a second process, signed in as a staff user, one request at a time.
 * Usage: java bench/PageTimer.java <base-url> <username> <password> marketing [requests]
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
        Arrays.sort(millis);
        System.out.printf("page %s: p50 %d ms, p95 %d ms%n", name, percentile(millis, 50), percentile(millis, 95));
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
