package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** The admin's Import page: upload, report, rejected rows as CSV; refused files explained; admins only. */
class ImportPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    @Test
    void anAdminUploadsAKoreanExcelFileWithABadRowAndGetsTheReport() throws Exception {
        byte[] cp949 = "고객번호,날짜,금액,상품명\nK1,2026-02-01,10000,똠얌꿍 소스\nK2,어제,5000,원두\n"
                .getBytes(Charset.forName("x-windows-949"));
        // one browser session throughout, as staff have (a download streamed from a new session would save it twice)
        CookieJar browser = new CookieJar(mvc);
        MvcResult uploaded = browser.perform(multipart("/admin/import").file(new MockMultipartFile("file", "매출.csv", "text/csv", cp949))
                        .param("source", "pos").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrlPattern("/admin/import/*")).andReturn();
        String report = uploaded.getResponse().getRedirectedUrl();
        awaitFinished(report);
        mvc.perform(get(report).locale(Locale.KOREAN).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("매출.csv")))
                .andExpect(content().string(containsString("CP949")))
                .andExpect(content().string(containsString("(파일의 머리글로 알아냄)")))
                .andExpect(content().string(containsString("날짜 &quot;어제&quot;를 읽을 수 없습니다")));
        assertThat(jdbc.sql("select name from product where sku = 'import:pos:똠얌꿍 소스'").query(String.class).single())
                .isEqualTo("똠얌꿍 소스");

        MvcResult started = browser.perform(get(report + "/rejected.csv").locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = new String(mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).as("the file's own columns, then where and why")
                .startsWith("\uFEFF고객번호,날짜,금액,상품명,rejected line,rejected because\r\nK2,어제,5000,원두,3,");
        assertThat(csv).contains("date \"\"어제\"\" cannot be read");

        byte[] fixed = csv.replace(",어제,", ",2026-02-02,").getBytes(StandardCharsets.UTF_8); // as a person fixes it in Excel
        MvcResult again = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "import-rejected.csv", "text/csv", fixed))
                        .param("source", "pos").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrlPattern("/admin/import/*")).andReturn();
        awaitFinished(again.getResponse().getRedirectedUrl());
        assertThat(jdbc.sql("select inserted, rejected from import_run where id = ?")
                .param(Long.parseLong(again.getResponse().getRedirectedUrl().substring("/admin/import/".length())))
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).single()).as("the fixed row imports, nothing rejected").isEqualTo("1/0");
        assertThat(jdbc.sql("select count(*) from customer_order").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRunningImportShowsItsProgressAndPollsTheServer() throws Exception {
        long run = jdbc.sql("insert into import_run (kind, file_name, started_by, started_at, status, rows_read) "
                + "values ('transactions', 'big.csv', 'admin', now(), 'RUNNING', 150000) returning id").query(Long.class).single();
        mvc.perform(get("/admin/import/{id}", run).locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("150,000 rows read so far")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
    }

    /** The import runs in the background: wait until its run is no longer RUNNING. */
    @Test
    void thePageListsEachKindsColumnsAndOffersATemplateThatImportsAsThatKind() throws Exception {
        mvc.perform(get("/admin/import").locale(Locale.KOREAN).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"columns-service_cases\"")))
                .andExpect(content().string(containsString("(접수번호)")))
                .andExpect(content().string(containsString("/admin/import/templates/consents.csv")));
        byte[] template = mvc.perform(get("/admin/import/templates/contacts.csv").locale(Locale.KOREAN)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String header = new String(template, StandardCharsets.UTF_8);
        assertThat(header).startsWith("\uFEFF접촉번호,고객번호,일시,채널");
        mvc.perform(get("/admin/import/templates/invoices.csv").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/import/templates/contacts.csv").with(user("sales").roles("SALES"))).andExpect(status().isForbidden());

        byte[] filled = (header.strip() + "\nK1,C-1,2026-03-01 10:00,전화,,,,,,\n").getBytes(StandardCharsets.UTF_8); // as Excel saves it
        MvcResult uploaded = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "contacts.csv", "text/csv", filled))
                        .with(csrf()).with(user("admin").roles("ADMIN"))).andReturn();
        awaitFinished(uploaded.getResponse().getRedirectedUrl());
        mvc.perform(get(uploaded.getResponse().getRedirectedUrl()).locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("contacts")))
                .andExpect(content().string(containsString("encoding UTF-8.")))
                .andExpect(content().string(not(containsString("UTF_8"))))
                .andExpect(content().string(containsString("no customer C-1 from this source system")));
    }

    @Test
    void aRunningImportSaysWhatItWritesOnceItsRowsAreRead() throws Exception {
        long id = jdbc.sql("""
                insert into import_run (kind, file_name, started_by, started_at, status, rows_read, phase)
                values ('transactions', 'big.csv', 'admin', now(), 'RUNNING', 10000000, 'orders') returning id""")
                .query(Long.class).single();
        mvc.perform(get("/admin/import/" + id).locale(Locale.KOREAN).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("모든 행을 읽었습니다(10,000,000행). 고객을 기록했고, 이제 주문을 기록하는 중")))
                .andExpect(content().string(containsString("every 1s")));
        jdbc.sql("update import_run set status = 'FAILED', finished_at = now() where id = ?").param(id).update();
    }

    private void awaitFinished(String reportUrl) throws InterruptedException {
        long id = Long.parseLong(reportUrl.substring(reportUrl.lastIndexOf('/') + 1));
        for (int i = 0; i < 300; i++) {
            String status = jdbc.sql("select status from import_run where id = ?").param(id).query(String.class).single();
            if (!status.equals("RUNNING")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " still running after 30 s");
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithAClearMessage() throws Exception {
        MvcResult uploaded = mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", "photo.csv", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrlPattern("/admin/import/*")).andReturn();
        awaitFinished(uploaded.getResponse().getRedirectedUrl());
        mvc.perform(get(uploaded.getResponse().getRedirectedUrl()).locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("This is not a CSV file")))
                .andExpect(content().string(containsString("not known: the file was refused before its kind was told")));
        MvcResult header = mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", "h.csv", "text/csv", "name,when\nx,y\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user("admin").roles("ADMIN"))).andReturn();
        awaitFinished(header.getResponse().getRedirectedUrl());
        mvc.perform(get(header.getResponse().getRedirectedUrl()).locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("The kind cannot be told from the header (name, when)")));
        MvcResult missing = mvc.perform(multipart("/admin/import").param("kind", "contacts")
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", "contact_id,customer_id\nK1,C1\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user("admin").roles("ADMIN"))).andReturn();
        awaitFinished(missing.getResponse().getRedirectedUrl());
        mvc.perform(get(missing.getResponse().getRedirectedUrl()).locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("The header lacks the column(s) date, channel.")))
                .andExpect(content().string(containsString("(chosen at upload)")))
                .andExpect(content().string(not(containsString("recognised from"))));
        mvc.perform(multipart("/admin/import").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/import")).andExpect(flash().attribute("problem", "import.refused.noFile"));
        CookieJar browser = new CookieJar(mvc);
        browser.perform(multipart("/admin/import").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/import")).andExpect(flash().attribute("problem", "import.refused.empty"));
        browser.perform(get("/admin/import").locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("The file is empty. Nothing was imported.")));
        mvc.perform(get("/admin/import").with(user("s").roles("SALES"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[] {'a'}))
                .with(csrf()).with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
    }

    @Test
    void theImportGuideIsServedByTheAppInBothLanguagesAndLinkedFromTheImportPage() throws Exception {
        mvc.perform(get("/admin/import").locale(Locale.KOREAN).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("href=\"/admin/import/guide\"")))
                .andExpect(content().string(not(containsString("docs/import.md"))));
        mvc.perform(get("/admin/import/guide").locale(Locale.KOREAN).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("가져오기 안내")))
                .andExpect(content().string(containsString("거부된 행 고치기")))
                .andExpect(content().string(containsString("id=\"columns-service_cases\"")))
                .andExpect(content().string(containsString("(접수번호)")));
        mvc.perform(get("/admin/import/guide").locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fixing rejected rows")))
                .andExpect(content().string(containsString("/admin/import/templates/customers.csv")));
        for (String role : new String[] {"SALES", "MARKETING", "SERVICE"}) {
            mvc.perform(get("/admin/import/guide").with(user("u").roles(role))).andExpect(status().isForbidden());
        }
    }
}
