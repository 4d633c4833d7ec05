import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * bench/abuse.sh's client: what an attacker (or a careless script) does to a running app from one address, and how
 * much of it got through.
 * <ul>
 *   <li>1,000 password guesses spread over 50 usernames — "through" = a guess the app checked against a password
 *   (answered {@code ?error}) rather than slowed down ({@code ?locked});</li>
 *   <li>200 API list calls without a filter — "through" = an answer with customers in it;</li>
 *   <li>500 junk uploads (a gzip bomb, an endless quoted field, binary) — "through" = an import that wrote rows.</li>
 * </ul>
 * Then checks the app is healthy: the sign-in page answers and the admin's session still opens the admin pages.
 * Usage: java bench/Abuse.java http://localhost:18081 admin &lt;password&gt;
 */
public class Abuse {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*>([^<]+)<");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    Abuse(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Abuse abuse = new Abuse(args[0]);
        String admin = args[1];
        abuse.signIn(admin, args[2]);
        String token = abuse.apiToken();
        long requests = 0;
        long through = 0;

        Abuse guesser = new Abuse(args[0]);
        long guessesThrough = 0;
        for (int i = 0; i < 1_000; i++) {
            String where = guesser.guess("user" + (i % 50), "Guess-" + i);
            if (where.contains("error")) {
                guessesThrough++;
            }
        }
        requests += 1_000;
        through += guessesThrough;
        System.out.printf("abuse: password guesses: 1000 tried over 50 users, %d checked against a password%n", guessesThrough);

        long listsThrough = 0;
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> list = abuse.client.send(HttpRequest.newBuilder(URI.create(args[0] + "/api/v1/customers?page=" + i + "&size=200"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() == 200 && list.body().contains("\"items\":[{")) {
                listsThrough++;
            }
        }
        requests += 200;
        through += listsThrough;
        System.out.printf("abuse: unfiltered API lists: 200 asked, %d answered with customers%n", listsThrough);

        byte[][] junk = {bomb(), endlessField(), binary()};
        String[] names = {"bomb.csv.gz", "endless.csv", "binary.csv"};
        long uploadsThrough = 0;
        for (int i = 0; i < 500; i++) {
            int kind = i % 3;
            String report = abuse.upload(names[kind], junk[kind]);
            if (report.contains("id=\"count-inserted\"") && !report.matches("(?s).*id=\"count-inserted\"[^>]*>\\s*0\\s*<.*")) {
                uploadsThrough++;
            }
        }
        requests += 500;
        through += uploadsThrough;
        System.out.printf("abuse: junk uploads: 500 sent, %d wrote rows%n", uploadsThrough);

        // healthy: the sign-in page answers a newcomer, and the admin's session (from this same address, which the
        // guessing has slowed down for new sign-ins) still works
        boolean healthy = new Abuse(args[0]).get("/login").statusCode() == 200
                && abuse.get("/admin/access-log").statusCode() == 200
                && abuse.get("/admin/import").statusCode() == 200;
        System.out.printf("abuse: %d requests; %d got through; app healthy: %s%n", requests, through, healthy ? "yes" : "no");
    }

    /** Signs in; chooses a new password when the app asks (an issued one); returns the password now in force. */
    String signIn(String username, String password) throws Exception {
        String csrf = csrfOf(get("/login").body());
        HttpResponse<String> response = post("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf));
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("/login")) {
            throw new IllegalStateException("sign-in refused for " + username + ": " + location);
        }
        if (location.endsWith("/account/password")) {
            String chosen = password + "-" + Long.toHexString(System.nanoTime());
            String form = csrfOf(get("/account/password").body());
            post("/account/password", "current=" + enc(password) + "&chosen=" + enc(chosen) + "&repeated=" + enc(chosen) + "&_csrf=" + enc(form));
            return chosen;
        }
        return password;
    }

    String guess(String username, String password) throws Exception {
        String csrf = csrfOf(get("/login").body());
        return post("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf))
                .headers().firstValue("Location").orElse("");
    }

    String apiToken() throws Exception {
        String csrf = csrfOf(get("/admin/api-tokens").body());
        String location = post("/admin/api-tokens", "name=abuse-" + System.nanoTime() % 100_000 + "&source=abuse&scopes=customers:read&_csrf=" + enc(csrf))
                .headers().firstValue("Location").orElse("/admin/api-tokens");
        Matcher secret = SECRET.matcher(get(URI.create(location).getPath()).body());
        if (!secret.find()) {
            throw new IllegalStateException("no token issued");
        }
        return secret.group(1).strip();
    }

    String upload(String name, byte[] content) throws Exception {
        String csrf = csrfOf(get("/admin/import").body());
        String boundary = "----abuse" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        String report = started.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse("/admin/import");
        for (int wait = 0; wait < 300; wait++) {
            String page = get(report).body();
            if (!page.contains("id=\"import-running\"")) {
                return page;
            }
            Thread.sleep(100);
        }
        return "";
    }

    private static byte[] bomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("customer_id,date,amount\n".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) '0');
            for (int i = 0; i < 2_048; i++) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static byte[] endlessField() {
        StringBuilder text = new StringBuilder("customer_id,date,amount\nA1,2026-01-01,\"");
        while (text.length() < 3_000_000) {
            text.append("endless text inside a quote that is never closed ");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String page) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return csrf.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
