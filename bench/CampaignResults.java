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
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Campaign results at scale (issue 15): writes a campaign over every customer of the database (10 % held out,
 * stratified by stage and segment with the export's own draw, exported 45 days ago), then has a signed-in admin open
 * its results page for 30, 60 and 90 days, three times each, timing each page from request to last byte; removes the
 * campaign afterwards. Usage: java -cp postgresql.jar bench/CampaignResults.java <base url> <jdbc url> <admin password>
 * Last line: {@code campaign results: <members> members; 30 days <ms> ms, 60 days <ms> ms, 90 days <ms> ms (worst of 3)}
 */
public class CampaignResults {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        try (Connection db = DriverManager.getConnection(args[1], "postgres", ""); Statement sql = db.createStatement()) {
            long id;
            try (ResultSet rs = sql.executeQuery("""
                    insert into campaign_export (at, username, segment_name, filter, channel, purpose, reason, exported,
                                                 left_no_consent, left_no_address, left_capped, control_percent, control_seed)
                    values (now() - interval '45 days', 'bench', 'everyone', '', 'EMAIL', 'MARKETING', 'bench: everyone',
                            0, 0, 0, 0, 10, 15) returning id""")) {
                rs.next();
                id = rs.getLong(1);
            }
            long started = System.nanoTime();
            sql.executeUpdate("""
                    insert into campaign_member (export_id, customer_id, held_out, stage, segment)
                    select %d, c.id,
                           row_number() over (partition by c.ladder_stage, s.segment
                                              order by ('x' || left(md5('15:' || c.id), 16))::bit(64)::bigint, c.id)
                               <= (count(*) over (partition by c.ladder_stage, s.segment) * 10 + 50) / 100,
                           c.ladder_stage, s.segment
                    from customer c left join customer_score s on s.customer_id = c.id
                    where c.erased_at is null""".formatted(id));
            sql.executeUpdate("update campaign_export set exported = (select count(*) from campaign_member where export_id = "
                    + id + " and not held_out), held_out = (select count(*) from campaign_member where export_id = " + id
                    + " and held_out) where id = " + id);
            sql.execute("analyze campaign_member");
            long members;
            try (ResultSet rs = sql.executeQuery("select count(*) from campaign_member where export_id = " + id)) {
                rs.next();
                members = rs.getLong(1);
            }
            System.out.printf("campaign written: %,d members in %.1f s%n", members, (System.nanoTime() - started) / 1e9);
            try {
                Session admin = new Session(base);
                admin.signIn("admin", args[2]);
                StringBuilder line = new StringBuilder("campaign results: " + members + " members; ");
                for (int days : new int[] {30, 60, 90}) {
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        long t = System.nanoTime();
                        HttpResponse<String> page = admin.get("/campaigns/" + id + "/results?days=" + days);
                        long ms = (System.nanoTime() - t) / 1_000_000;
                        if (page.statusCode() != 200 || !page.body().contains("id=\"purchase-lift\"")) {
                            throw new IllegalStateException("results page answered " + page.statusCode());
                        }
                        times.add(ms);
                    }
                    System.out.println("results " + days + " days: " + times + " ms");
                    line.append(days).append(" days ").append(Collections.max(times)).append(" ms")
                            .append(days == 90 ? " (worst of 3)" : ", ");
                }
                System.out.println(line);
            } finally {
                sql.executeUpdate("delete from campaign_headline where export_id = " + id);
                sql.executeUpdate("delete from campaign_member where export_id = " + id);
                sql.executeUpdate("delete from campaign_export where id = " + id);
            }
        }
    }

    /** A signed-in browser: its cookies and CSRF token; an issued password is replaced at sign-in. */
    private static final class Session {
        final String base;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String csrf;

        Session(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "ko").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "ko")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String username, String password) throws Exception {
            csrf = csrfOf(get("/login").body());
            String landing = post("/login", "username=" + enc(username) + "&password=" + enc(password))
                    .headers().firstValue("Location").orElse("");
            if (landing.contains("/login")) {
                throw new IllegalStateException("sign-in refused for " + username);
            }
            if (landing.endsWith("/account/password")) {
                csrf = csrfOf(get("/account/password").body());
                String chosen = password + "-bench-" + Long.toHexString(System.nanoTime());
                post("/account/password", "current=" + enc(password) + "&chosen=" + enc(chosen) + "&repeated=" + enc(chosen));
            }
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
    }
}
