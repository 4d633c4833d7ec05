package io.dangol.crm.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Playwright;
import io.dangol.crm.admin.AdministeringUsers;
import io.dangol.crm.admin.AdministeringUsers.CreateUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first journey in a real browser (Debian's Chromium driven by Playwright, no browser download):
 * sign in, see the overview in Korean, switch to English, open the users page, sign out.
 * Skips where /usr/bin/chromium is missing, unless CRM_REQUIRE_BROWSER=true (as in CI), where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTest extends PostgresIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "a-browser-journey-secret";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AdministeringUsers administering;

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScoringJob scoring;

    @Autowired
    io.dangol.crm.scoring.RunScoring runScoring;

    @BeforeAll
    static void launchChromium() {
        boolean required = "true".equalsIgnoreCase(System.getenv("CRM_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new IllegalStateException("CRM_REQUIRE_BROWSER=true but " + CHROMIUM
                        + " is missing: apt-get install -y chromium fonts-nanum");
            }
            Assumptions.abort("browser journey skipped: " + CHROMIUM + " not installed (apt-get install -y chromium fonts-nanum)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void anAdminSignsInAndSeesTheOverviewInKoreanAndEnglish() throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(250, 9));
        String username = "journey-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, "여정 테스트", EnumSet.of(Role.ADMIN)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page).hasURL(url("/login"));
            assertThat(page.locator("button[type=submit]")).hasText("로그인");
            String sessionBefore = sessionId(context);

            page.fill("#username", username);
            page.fill("#password", PASSWORD);
            page.click("button[type=submit]");

            assertThat(page).hasURL(java.util.regex.Pattern.compile("^http://localhost:" + port + "/(\\?continue)?$"));
            assertThat(page).hasTitle("개요");
            assertThat(page.locator("#figure-customers")).hasText("250");
            assertThat(page.locator("#ladder-table")).containsText("식별 고객");
            assertThat(sessionId(context)).as("a new session id after sign-in").isNotEqualTo(sessionBefore);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-ko.png")).setFullPage(true));

            page.click("a[lang=en]");
            assertThat(page).hasTitle("Overview");
            assertThat(page.locator("#ladder-table")).containsText("Identified");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-en.png")).setFullPage(true));

            page.click("a[href='/admin/users']");
            assertThat(page.locator("#users")).containsText(username);

            page.click("form[action='/logout'] button");
            assertThat(page).hasURL(url("/login?logout"));
        }
        assertThat(SCREENSHOTS.resolve("home-ko.png")).exists();
    }

    @Test
    void anAdminRunsScoringFromThePageAndWatchesItFinish() throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(1_500, 4));
        String username = "scorer-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.ADMIN)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            signIn(page, username);
            page.click("a[href='/admin/scoring']");
            assertThat(page).hasTitle("Scoring");

            page.click("#run-now");

            Locator latest = page.locator("#runs tbody tr").first();
            assertThat(latest).containsText(username, new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            assertThat(latest).containsText("succeeded", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#progress")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("scoring-en.png")).setFullPage(true));

            latest.locator("a").click();
            assertThat(page.locator("#run-status")).hasText("succeeded");
            assertThat(page.locator("#per-stage")).containsText("Core");
        }
    }

    @Test
    void aMarketerGoesFromTheDashboardToACampaignFile() throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(1_200, 12));
        scoring.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        String username = "marketer-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.MARKETING)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR")
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            signIn(page, username);
            page.click("a[href='/marketing']");
            assertThat(page).hasTitle("마케팅 대시보드");
            assertThat(page.locator("#funnel-table")).containsText("핵심 고객");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("marketing-ko.png")).setFullPage(true));

            Locator busiest = page.locator("#rfm-grid td.heat-5 a.rfm-cell").first();
            String cellCount = busiest.locator("span").first().textContent().strip();
            busiest.click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/segments/custom\\?rMin=\\d&rMax=\\d&fMin=\\d&fMax=\\d$"));
            assertThat(page.locator("#segment-size")).hasText(cellCount);
            assertThat(page.locator("#segment-members tbody tr").first()).containsText("-****-");

            page.fill("#save-name", "한 칸의 고객");
            page.click("#save-button");
            assertThat(page.locator("#segment-name")).hasText("한 칸의 고객");
            assertThat(page.locator("#segment-size")).hasText(cellCount);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("segment-ko.png")).setFullPage(true));

            page.selectOption("#export-channel", "EMAIL");
            page.selectOption("#export-purpose", "MARKETING");
            page.fill("#export-reason", "가을 감사 쿠폰");
            page.click("#export-button");
            assertThat(page.locator("h1")).containsText("가을 감사 쿠폰");
            String exported = page.locator("#exported").textContent().strip();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("campaign-ko.png")).setFullPage(true));

            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.click("#download"));
            byte[] file = Files.readAllBytes(download.path());
            String csv = new String(file, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(download.suggestedFilename()).endsWith(".csv");
            assertThat(csv).as("the page is Korean, so is the file").startsWith("\uFEFF고객번호,이름,단계,세그먼트,채널,주소");
            assertThat(csv.lines().count() - 1).isEqualTo(Long.parseLong(exported.replace(",", "")));
        }
    }

    @Test
    void aMarketerReadsACampaignsResultsAgainstItsControlGroupAndExportsWithOne() throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(3_000, 12));
        runScoring.run(io.dangol.crm.scoring.ScoringRequest.now(ScoringTrigger.CLI, "test"), ScoringListener.NONE);
        String username = "evidence-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.MARKETING)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
            Page page = context.newPage();
            signIn(page, username);
            page.navigate(url("/campaigns"));
            Locator demoRow = page.locator("#exports tbody tr", new Page.LocatorOptions().setHasText("(demo)"));
            assertThat(demoRow.locator("td.lift")).containsText("(");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("campaigns-ko.png")).setFullPage(true));
            demoRow.locator("td.lift a").click();
            assertThat(page.locator("h1")).containsText("결과: 봄 원두 신상품 이메일 (demo)");
            assertThat(page.locator("#purchase-lift")).containsText("%p");
            assertThat(page.locator("#by-segment")).containsText("이탈 위험");
            assertThat(page.locator("#by-segment")).containsText("휴면 고객");
            page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('segment-chart'))");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results-ko.png")).setFullPage(true));

            page.navigate(url("/segments/stage-identified"));
            page.selectOption("#export-channel", "EMAIL");
            page.selectOption("#export-purpose", "MARKETING");
            page.fill("#export-reason", "겨울 재구매 안내");
            assertThat(page.locator("#export-control")).hasValue("10");
            page.fill("#export-control", "20");
            page.fill("#export-cost", "천 원");
            page.click("#export-button");
            assertThat(page.locator(".alert-danger")).containsText("연락당 비용은 0원에서 10,000,000원 사이의 정수");
            assertThat(page.locator("#export-reason")).hasValue("겨울 재구매 안내");
            assertThat(page.locator("#export-control")).hasValue("20");
            page.fill("#export-cost", "1,000");
            page.click("#export-button");
            assertThat(page.locator("h1")).containsText("겨울 재구매 안내");
            assertThat(page.locator("#control-note")).containsText("(20%)을 무작위로 대조군에 두었습니다");
            assertThat(page.locator("#cost-note")).containsText("₩1,000");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("campaign-control-ko.png")).setFullPage(true));
            page.click("#results");
            assertThat(page.locator("#incomplete")).containsText("30일 기간이 아직 끝나지 않았습니다");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            signIn(page, username);
            long demoExport = jdbc.sql("select id from campaign_export where username = 'demo' order by id desc limit 1")
                    .query(Long.class).single();
            page.navigate(url("/campaigns/" + demoExport + "/results?days=abc"));
            assertThat(page.locator("#window-error")).containsText("“abc” is not a window of 1 to 365 days");
            page.click("#window-60");
            assertThat(page.locator("#window-60")).hasClass(java.util.regex.Pattern.compile(".*btn-primary.*"));
            assertThat(page.locator("#groups")).containsText("Withdrew a consent (within 14 days)");
            assertThat(page.locator("#return-on-spend")).containsText("%");
            page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('segment-chart'))");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results-en.png")).setFullPage(true));
        }
    }

    @Test
    void aSellerFindsACustomerByPhoneLogsAContactAndSeesTheFollowUp() throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(300, 5));
        Long customer = jdbc.sql("""
                select c.id from customer c join contact_point p on p.customer_id = c.id and p.kind = 'PHONE'
                order by c.id limit 1""").query(Long.class).single();
        String phone = jdbc.sql("select value from contact_point where customer_id = ? and kind = 'PHONE' limit 1")
                .param(customer).query(String.class).single();
        String name = jdbc.sql("select name from customer where id = ?").param(customer).query(String.class).single();
        String username = "seller-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.SALES)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
            Page page = context.newPage();
            signIn(page, username);
            page.click("a[href='/customers']");
            String typed = io.dangol.crm.shared.PhoneNumber.parse(phone).national().replace("-", " ");
            page.fill("#q", typed);
            page.click("#search-button");
            Locator result = page.locator("#found tbody tr a").first();
            assertThat(result).hasText(name);
            assertThat(page).hasURL(url("/customers"));
            result.click();
            assertThat(page.locator("#customer-name")).hasText(name);

            page.click("#contact-submit");
            assertThat(page.locator("#contact-panel .alert-danger")).isVisible();
            page.selectOption("#contact-channel", "PHONE");
            page.selectOption("#contact-purpose", "SALES");
            page.fill("#contact-note", "겨울 신상품 안내 전화, 다음 주 매장 방문 예정");
            String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1).toString();
            page.fill("#contact-follow-up", tomorrow);
            assertThat(page.locator("#contact-note")).hasValue("겨울 신상품 안내 전화, 다음 주 매장 방문 예정");
            assertThat(page.locator("#contact-note-count"))
                    .hasText("겨울 신상품 안내 전화, 다음 주 매장 방문 예정".length() + " / 2,000");
            page.evaluate("""
                    () => { const data = new DataTransfer(); data.setData('text/plain', 'ㄱ'.repeat(10000));
                            document.getElementById('contact-note').dispatchEvent(
                                new ClipboardEvent('paste', {clipboardData: data, bubbles: true})); }""");
            assertThat(page.locator("#contact-note-count")).containsText("2,000자에서 잘렸습니다");
            page.click("#contact-submit");
            assertThat(page.locator("#contact-panel .alert-success")).isVisible();
            assertThat(page.locator("#timeline-entries li").first()).containsText("겨울 신상품 안내 전화");
            assertThat(page.locator("#contact-form .is-invalid")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-ko.png")).setFullPage(true));

            jdbc.sql("update contact set follow_up_on = current_date where note like '겨울 신상품%'").update();
            page.click("a[href='/follow-ups']");
            assertThat(page.locator("#follow-ups")).containsText(name);
            assertThat(page.locator("#follow-ups")).containsText("겨울 신상품 안내 전화");
        }
    }

    @Test
    void anAdminUploadsAFileWithBadRowsAndDownloadsTheRejectedOnes() throws Exception {
        Tables.emptyCustomerData(jdbc);
        String username = "importer-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.ADMIN)), PASSWORD);
        Path file = Files.createTempFile("sales-", ".csv");
        Files.writeString(file, """
                고객번호,날짜,금액,상품명
                K1,2026-02-01,"10,000",똠얌꿍 소스
                K2,어제,5000,원두
                K3,2026-02-03,많이,원두
                K4,2026-02-04,7000,필터
                """, java.nio.charset.Charset.forName("x-windows-949"));

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR")
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            signIn(page, username);
            page.click("a[href='/admin/import']");
            page.setInputFiles("#import-file", file);
            page.click("#import-button");
            assertThat(page.locator("#count-inserted")).hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("#count-rejected")).hasText("2");
            assertThat(page.locator("#rejections")).containsText("날짜 \"어제\"를 읽을 수 없습니다");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-ko.png")).setFullPage(true));

            page.fill("#download-reason", "잘못된 줄을 고쳐 다시 가져오기");
            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.click("#download-rejected"));
            String csv = Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF고객번호,날짜,금액,상품명,거부된 줄,거부 사유\r\nK2,어제,5000,원두,3,");
            assertThat(csv.lines().count()).isEqualTo(3);
            org.assertj.core.api.Assertions.assertThat(jdbc.sql("select reason from access_log where username = ? and action = 'EXPORT'")
                    .param(username).query(String.class).list()).containsExactly("잘못된 줄을 고쳐 다시 가져오기");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anAdminIssuesAnApiTokenAChannelUsesItAndTheAdminRevokesIt() {
        String username = "integrator-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.ADMIN)), PASSWORD);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
            Page page = context.newPage();
            signIn(page, username);
            page.click("a[href='/admin/api-tokens']");
            page.fill("#token-name", "온라인몰 " + username);
            page.fill("#token-source", "webshop");
            page.check("#scope-CUSTOMERS_WRITE");
            page.click("form[action='/admin/api-tokens'] button[type=submit]");
            assertThat(page.locator("#issued-token")).containsText("이번 한 번만 보여 드리고");
            String secret = page.locator("#token-secret").innerText().strip();
            org.assertj.core.api.Assertions.assertThat(secret).startsWith("dgl_");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-tokens-ko.png")).setFullPage(true));

            var api = context.request();
            var created = api.put(url("/api/v1/customers/W-" + username), com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Authorization", "Bearer " + secret).setHeader("Content-Type", "application/json")
                    .setData("{\"name\":\"한지민\",\"phone\":\"010-3333-4444\"}"));
            org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);

            page.reload();
            assertThat(page.locator("#token-secret")).hasCount(0);
            var row = page.locator("#api-tokens tr", new Page.LocatorOptions().setHasText("온라인몰 " + username));
            assertThat(row).not().containsText("사용 안 함");
            row.locator("button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("토큰을 폐기했습니다");

            var refused = api.put(url("/api/v1/customers/W-" + username), com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Authorization", "Bearer " + secret).setHeader("Content-Type", "application/json")
                    .setData("{\"name\":\"한지민\"}"));
            org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(401);
            org.assertj.core.api.Assertions.assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void salesAndMarketingCannotOpenTheScoringPage() {
        for (Role role : new Role[] {Role.SALES, Role.MARKETING}) {
            String username = role.name().toLowerCase() + "-" + System.nanoTime() % 100_000;
            administering.create(new CreateUser("test", username, null, EnumSet.of(role)), PASSWORD);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
                Page page = context.newPage();
                signIn(page, username);
                assertThat(page.locator("a[href='/admin/scoring']")).hasCount(0);

                var response = page.navigate(url("/admin/scoring"));

                assertThat(response.status()).isEqualTo(403);
                assertThat(page.locator("h1")).hasText("Not allowed");
            }
        }
    }

    /**
     * A seller searches for a walk-in, finds nobody, registers them from the search with their SMS consent, and lands
     * on their page (Korean); then, in English, registering someone with the same phone shows the possible duplicate
     * first, and saving despite it needs a reason.
     */
    @Test
    void aSellerRegistersAWalkInWithConsentAndIsWarnedOfADuplicate() throws Exception {
        Tables.emptyCustomerData(jdbc);
        String username = "registrar-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.SALES)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR")
                .setViewportSize(1366, 900))) {
            Page page = context.newPage();
            signIn(page, username);
            page.navigate(url("/customers?lang=ko"));
            page.fill("#q", "박서준");
            page.click("#search-button");
            assertThat(page.locator("#register-searched")).containsText("“박서준”으로 새 고객 등록");
            page.click("#register-searched button");
            assertThat(page.locator("#name")).hasValue("박서준");
            page.fill("#phone", "010-12");
            page.check("#consent-SMS-MARKETING");
            page.click("#register-button");
            assertThat(page.locator("#register-errors")).containsText("전화번호가 아닙니다");
            assertThat(page.locator("#consent-SMS-MARKETING")).isChecked();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("register-errors-ko.png")).setFullPage(true));
            page.fill("#phone", "010-6123-4567");
            page.fill("#postcode", "06236");
            page.fill("#road", "서울특별시 강남구 테헤란로 152");
            page.fill("#store", "강남점");
            page.check("#pointsConfirmed");
            page.click("#register-button");
            assertThat(page.locator(".alert-success")).hasText("고객을 등록했습니다.");
            assertThat(page.locator("h1")).containsText("박서준");
            assertThat(page.locator("#contact-points")).isVisible();
            assertThat(page.locator("body")).containsText("010-6123-4567");
            page.click("#profile summary");
            page.fill("#profile-tags", "단골, 원두");
            page.click("#profile-save");
            assertThat(page.locator(".alert-success")).hasText("변경을 저장했고 타임라인에 남겼습니다.");
            assertThat(page.locator("#timeline-entries")).containsText("정보 변경");
            assertThat(page.locator("#timeline-entries")).containsText("→ 단골, 원두");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("register-saved-ko.png")).setFullPage(true));

            page.navigate(url("/customers/new?lang=en"));
            page.fill("#name", "Seojun Park");
            page.fill("#phone", "01061234567");
            page.click("#register-button");
            assertThat(page.locator("#duplicates")).containsText("This may be someone we already know");
            assertThat(page.locator("#duplicates")).containsText("open 박서준 instead");
            assertThat(page.locator("#duplicates")).containsText("same phone");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("register-duplicate-en.png")).setFullPage(true));
            page.fill("#duplicateReason", "his father, who shares the family phone");
            page.click("#save-despite");
            assertThat(page.locator(".alert-success")).hasText("The customer is registered.");
        }
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from consent where status = 'GRANTED' and channel = 'SMS'").query(Long.class).single())
                .isEqualTo(1);
    }

    /**
     * A service agent finds two records of one person, reviews them side by side (Korean), merges them keeping the
     * other record's spelling, and undoes the merge (English); an admin erases a customer after typing the number.
     */
    @Test
    void anAgentMergesADuplicateAndUndoesItAndAnAdminErasesACustomer() throws Exception {
        Tables.emptyCustomerData(jdbc);
        String agent = "merger-" + System.nanoTime() % 100_000;
        String admin = "eraser-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", agent, null, EnumSet.of(Role.SERVICE)), PASSWORD);
        administering.create(new CreateUser("test", admin, null, EnumSet.of(Role.ADMIN)), PASSWORD);
        long store = jdbc.sql("insert into customer (name, source_system, external_id) values ('김민준', 'pos', 'P-1') returning id")
                .query(Long.class).single();
        long web = jdbc.sql("insert into customer (name, source_system, external_id) values ('김 민준', 'web', 'W-9') returning id")
                .query(Long.class).single();
        for (long who : new long[] {store, web}) {
            jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821061234567')").param(who).update();
            jdbc.sql("insert into service_case (customer_id, kind, subject, opened_at) values (?, 'COMPLAINT', '파손', now())").param(who).update();
        }
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'MARKETING', 'WITHDRAWN', now(), 'PHONE_CALL')").param(web).update();
        Files.createDirectories(SCREENSHOTS);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR")
                .setViewportSize(1366, 900))) {
            Page page = context.newPage();
            signIn(page, agent);
            page.navigate(url("/duplicates?lang=ko"));
            page.click("#find-duplicates");
            assertThat(page.locator("#duplicates-found")).containsText("1쌍을 제안했습니다");
            assertThat(page.locator("#duplicate-pairs")).containsText("같은 전화번호");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("duplicates-ko.png")).setFullPage(true));
            page.click("#duplicate-pairs a.btn-primary");
            assertThat(page.locator("h1")).hasText("한 사람의 두 기록 병합");
            page.check("input[name=name][value=MERGED]");
            page.click("#update-preview");
            assertThat(page.locator("#after-name")).hasText("김 민준");
            assertThat(page.locator("#merge-moves")).containsText("서비스 케이스");
            assertThat(page.locator("#merge-consents")).containsText("철회");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("merge-review-ko.png")).setFullPage(true));
            page.fill("#reason", "같은 휴대폰, 매장과 온라인에서 각각 가입");
            page.click("#merge-now");
            assertThat(page.locator("#merged-notice")).containsText("두 기록이 하나가 되었습니다");
            assertThat(page.locator("#customer-name")).hasText("김 민준");
            assertThat(page.locator("#timeline-entries")).containsText("다른 기록과 병합");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("merged-ko.png")).setFullPage(true));

            page.navigate(url("/duplicates/merges?lang=en"));
            assertThat(page.locator("#merges")).containsText("같은 휴대폰");
            page.click("#merges button");
            assertThat(page.locator(".alert-success")).containsText("The merge is undone");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("merge-undone-en.png")).setFullPage(true));
        }
        assertThat(jdbc.sql("select count(*) from customer where erased_at is null").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from service_case where customer_id = ?").param(web).query(Long.class).single()).isEqualTo(1);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1366, 900))) {
            Page page = context.newPage();
            signIn(page, admin);
            page.navigate(url("/customers/" + web + "?lang=en"));
            page.click("#erase-customer");
            assertThat(page.locator("h1")).containsText("Erase 김 민준");
            page.check("#reason-CUSTOMER_REQUEST");
            page.fill("#confirmation", "12345");
            page.click("#erase-now");
            assertThat(page.locator("#erase-problem")).containsText("Type the customer number exactly as shown");
            assertThat(page.locator("#reason-CUSTOMER_REQUEST")).isChecked();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("erase-confirm-en.png")).setFullPage(true));
            page.fill("#confirmation", "" + web);
            page.click("#erase-now");
            assertThat(page.locator("#search-notice")).containsText("The customer is erased");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("erased-en.png")).setFullPage(true));
        }
        assertThat(jdbc.sql("select name from customer where id = ?").param(web).query(String.class).single()).isEqualTo("erased");
    }

    @Test
    void aCallPopsTheCustomerAndTheAgentOpensAnswersAndClosesAComplaint() throws Exception {
        Tables.emptyCustomerData(jdbc);
        long customer = jdbc.sql("insert into customer (name, ladder_stage) values ('정하늘', 'CORE') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821055512345')").param(customer).update();
        String username = "desk-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", username, null, EnumSet.of(Role.SERVICE)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(1366, 900))) {
            Page page = context.newPage();
            signIn(page, username);
            page.click("a[href='/calls/incoming']");
            page.fill("#call-number", "전화 없음");
            page.click("#find-caller");
            assertThat(page.locator("#call-problem")).containsText("전화번호가 아닙니다");
            page.fill("#call-number", "+82 10 5551 2345");
            page.click("#find-caller");
            assertThat(page.locator("#customer-name")).hasText("정하늘");
            assertThat(page.locator("#call-banner")).containsText("010-5551-2345에서 전화가 왔습니다");
            assertThat(page.locator("#contact-channel")).hasValue("PHONE");
            assertThat(page.locator("#contact-direction")).hasValue("INBOUND");
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/customers/" + customer + "#open-cases$"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("call-pop-ko.png")).setFullPage(true));

            page.click("#open-case-link");
            page.selectOption("#case-kind", "COMPLAINT");
            page.selectOption("#case-severity", "HIGH");
            page.fill("#case-description", "선물용 원두 상자가 찌그러져 도착");
            page.evaluate("() => document.getElementById('case-subject').removeAttribute('required')");
            page.click("#open-case");
            assertThat(page.locator("#case-errors")).containsText("제목을 입력하세요");
            assertThat(page.locator("#case-description")).hasValue("선물용 원두 상자가 찌그러져 도착");
            page.fill("#case-subject", "찌그러진 선물 상자");
            page.click("#open-case");
            assertThat(page.locator("#case-notice")).isVisible();
            assertThat(page.locator("#case-status")).hasText("신규");
            assertThat(page.locator("#case-steps li")).hasCount(1);

            page.fill("#answer-note", "새 상자로 다시 보내 드리고 배송비는 환불해 드리겠습니다");
            page.selectOption("#answer-then", "RESOLVED");
            page.click("#answer-case");
            assertThat(page.locator("#case-status")).hasText("해결");
            page.fill("#close-cost", "삼천원");
            page.selectOption("#close-outcome", "REPLACED");
            page.selectOption("#close-cost-kind", "REFUND");
            page.click("#close-case");
            assertThat(page.locator("#case-errors")).containsText("금액은");
            assertThat(page.locator("#close-outcome")).hasValue("REPLACED");
            page.fill("#close-cost", "3,000");
            page.click("#close-case");
            assertThat(page.locator("#case-status")).hasText("종료");
            assertThat(page.locator("#case-closed")).containsText("₩3,000");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("case-closed-ko.png")).setFullPage(true));

            page.navigate(url("/customers/" + customer + "?lang=en"));
            assertThat(page.locator("#timeline-entries")).containsText("새 상자로 다시 보내 드리고");
            assertThat(page.locator("#timeline-entries")).containsText("찌그러진 선물 상자");
            page.navigate(url("/cases?view=all&status=ALL"));
            assertThat(page.locator("#case-list")).containsText("찌그러진 선물 상자");
            assertThat(page.locator("#case-list")).containsText("closed");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("cases-en.png")).setFullPage(true));
        }
    }

    @Test
    void anAgentLinksAnswersAndGroupsCustomerVoiceIntoAThemeEveryoneReads() throws Exception {
        Tables.emptyCustomerData(jdbc);
        jdbc.sql("update feedback set theme_id = null").update();
        jdbc.sql("delete from voice_theme").update();
        long customer = jdbc.sql("insert into customer (name, ladder_stage) values ('한지민', 'CORE') returning id")
                .query(Long.class).single();
        String agent = "voice-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", agent, null, EnumSet.of(Role.SERVICE)), PASSWORD);
        String seller = "reader-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", seller, null, EnumSet.of(Role.SALES)), PASSWORD);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(1366, 900))) {
            Page page = context.newPage();
            signIn(page, agent);
            page.click("a[href='/voice']");
            page.click("#new-voice summary");
            page.selectOption("#voice-channel", "SOCIAL");
            page.fill("#voice-author", "@jimin_h");
            page.click("#record-voice");
            assertThat(page.locator("#voice-errors")).containsText("고객이 한 말을 입력하세요");
            page.fill("#voice-text", "배송이 열흘째 안 와요. 너무 화가 나요");
            page.click("#record-voice");
            assertThat(page.locator("#voice-notice")).isVisible();
            assertThat(page.locator("#current-sentiment")).hasText("부정");
            assertThat(page.locator("#current-category")).hasText("배송");
            page.fill("#link-customer", "없는 고객");
            page.click("#link-voice");
            assertThat(page.locator("#voice-problem")).containsText("한 명의 고객으로 정해지지 않습니다");
            page.fill("#link-customer", String.valueOf(customer));
            page.click("#link-voice");
            assertThat(page.locator("#linked-customer")).hasText("한지민");
            assertThat(page.locator("#voice-flagged")).isVisible();
            page.fill("#voice-answer", "죄송합니다. 오늘 바로 다시 보내 드리겠습니다");
            page.check("#answer-resolves");
            page.click("#answer-voice");
            assertThat(page.locator("#voice-status")).hasText("해결");
            page.fill("#new-theme", "배송 지연");
            page.click("#theme-voice");
            assertThat(page.locator("#item-theme")).hasText("배송 지연");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("voice-item-ko.png")).setFullPage(true));
            page.click("#item-theme");
            page.selectOption("#decide-status", "DONE");
            page.fill("#decide-decision", "택배사 변경");
            page.click("#decide-theme");
            assertThat(page.locator("#theme-problem")).containsText("바꾼 것을 적어야");
            page.fill("#decide-action", "12월부터 새 택배사, 익일 배송");
            page.click("#decide-theme");
            assertThat(page.locator("#theme-action")).hasText("12월부터 새 택배사, 익일 배송");
            page.navigate(url("/customers/" + customer));
            assertThat(page.locator("#timeline-entries")).containsText("죄송합니다. 오늘 바로 다시 보내 드리겠습니다");
            page.navigate(url("/voice/dashboard"));
            assertThat(page.locator("#kpi-items")).hasText("1");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("voice-dashboard-ko.png")).setFullPage(true));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1366, 900))) {
            Page page = context.newPage();
            signIn(page, seller);
            page.click("a[href='/voice/themes']");
            assertThat(page.locator("#theme-list")).containsText("배송 지연");
            assertThat(page.locator("#theme-list")).containsText("done");
            page.click("#theme-list a");
            assertThat(page.locator("#theme-items")).containsText("배송이 열흘째 안 와요");
            assertThat(page.locator("#decide-form")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("voice-theme-en.png")).setFullPage(true));
            assertThat(page.navigate(url("/voice")).status()).isEqualTo(403);
        }
    }

    /**
     * Every page each role reaches from the menu — and the customer page, a segment, the import guide where the role
     * may open them — in Korean and English at 1366 px, screenshotted under {@code target/screenshots/tour-*} for a
     * person to review. Each page answers, names every message (no {@code ??key??}), fits Korean particles to their
     * words (no {@code 을(를)} left) and does not scroll sideways.
     */
    @Test
    void anAdminFindsWhoDownloadedWhatVerifiesTheLogAndReviewsLastMonth() throws Exception {
        String admin = "auditor-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", admin, null, EnumSet.of(Role.ADMIN)), PASSWORD);
        long customer = jdbc.sql("insert into customer (name, ladder_stage) values ('한지민', 'BUYER') returning id")
                .query(Long.class).single();
        String seller = "seller-" + System.nanoTime() % 100_000;
        administering.create(new CreateUser("test", seller, null, EnumSet.of(Role.SALES)), PASSWORD);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
            Page page = context.newPage();
            signIn(page, seller);
            page.navigate(url("/customers/" + customer));
            assertThat(page.locator("h1")).containsText("한지민");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
            Page page = context.newPage();
            signIn(page, admin);
            page.click("a[href='/admin/access-log']");
            assertThat(page.locator("h1")).hasText("개인정보 접근 기록");

            page.fill("#customer", "한지민");
            page.click("#filter button[type=submit]");
            assertThat(page.locator("body")).containsText("고객 번호는 숫자로 입력하세요.");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("access-log-bad-ko.png")).setFullPage(true));

            page.fill("#customer", String.valueOf(customer));
            page.click("#filter button[type=submit]");
            assertThat(page.locator("#entries")).containsText(seller);
            assertThat(page.locator("#entries")).containsText("고객 화면");
            assertThat(page.locator("#entries")).not().containsText("한지민");

            page.click("#chain button[type=submit]");
            assertThat(page.locator("#chain-intact")).containsText("고쳐지거나 빠진 기록이 없습니다");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("access-log-ko.png")).setFullPage(true));

            page.navigate(url("/admin/access-log?lang=en"));
            page.fill("#note", "Looked at the alerts; nothing amiss.");
            page.click("#review-form button[type=submit]");
            assertThat(page.locator("body")).containsText("The review is recorded.");
            assertThat(page.locator("#reviewed")).containsText("was reviewed by");
            assertThat(page.locator("#reviews")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("access-log-review-en.png")).setFullPage(true));
        }
    }

    @Test
    void everyRoleSeesEveryPageOfItsMenuInKoreanAndEnglish() throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(400, 23));
        scoring.run(ScoringTrigger.CLI, "cli", ScoringListener.NONE);
        long customer = jdbc.sql("select customer_id from customer_score order by predicted_clv desc limit 1").query(Long.class).single();
        long campaign = jdbc.sql("select id from campaign_export where username = 'demo' order by id desc limit 1")
                .query(Long.class).single();
        List<String> extras = List.of("/customers/" + customer, "/customers/new", "/segments/stage-core", "/admin/import/guide",
                "/campaigns/" + campaign + "/results",
                "/admin/scoring/backtest/radar?from=" + java.time.LocalDate.now().minusWeeks(30) + "&weeks=26");
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new java.util.ArrayList<>();
        int shots = 0;
        for (Role role : Role.values()) {
            String username = "tour-" + role.name().toLowerCase() + "-" + System.nanoTime() % 100_000;
            administering.create(new CreateUser("test", username, null, EnumSet.of(role)), PASSWORD);
            for (String language : List.of("ko", "en")) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setLocale(language.equals("ko") ? "ko-KR" : "en-US").setViewportSize(1366, 900))) {
                    Page page = context.newPage();
                    signIn(page, username);
                    page.navigate(url("/?lang=" + language));
                    List<String> paths = new java.util.ArrayList<>(page.locator("nav .navbar-nav a.nav-link").all().stream()
                            .map(link -> link.getAttribute("href")).distinct().toList());
                    assertThat(paths).as(role + "'s menu").isNotEmpty();
                    paths.addAll(extras);
                    for (String path : paths) {
                        com.microsoft.playwright.Response response = page.navigate(url(path));
                        int status = response == null ? 0 : response.status();
                        if (status == 403 && extras.contains(path)) {
                            continue; // not this role's page: refused, as it must be
                        }
                        String where = role + " " + language + " " + path;
                        if (status != 200) {
                            problems.add(where + ": status " + status);
                            continue;
                        }
                        String text = page.locator("body").innerText();
                        if (text.contains("??")) {
                            problems.add(where + ": a message without text: " + around(text, "??"));
                        }
                        for (String both : List.of("을(를)", "은(는)", "이(가)", "과(와)", "(으)로")) {
                            if (language.equals("ko") && text.contains(both)) {
                                problems.add(where + ": particle not fitted: " + around(text, both));
                            }
                        }
                        if (!language.equals(page.locator("html").getAttribute("lang"))) {
                            problems.add(where + ": page not in " + language);
                        }
                        Object sideways = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (((Number) sideways).intValue() > 1) {
                            problems.add(where + ": scrolls sideways by " + sideways + " px");
                        }
                        String name = "tour-" + role.name().toLowerCase() + "-" + language + "-"
                                + (path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-")) + ".png";
                        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
                        shots++;
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(shots).as("pages seen").isGreaterThan(4 * 2 * 3);
    }

    private static String around(String text, String part) {
        int at = text.indexOf(part);
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + part.length() + 40)).replace('\n', ' ');
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("SESSION")).map(c -> c.value)
                .findFirst().orElse("");
    }

}
