package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer's rights on pages: export everything as a zip (ADMIN, SERVICE), erase (ADMIN) with a second confirmation. */
class CustomerRightsPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long customer;

    @BeforeEach
    void aCustomer() {
        Tables.emptyCustomerData(jdbc);
        customer = jdbc.sql("insert into customer (name, source_system, external_id) values ('탁혜원', 'pos', 'EZ-77') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821065432109')").param(customer).update();
        jdbc.sql("insert into contact (customer_id, channel, direction, purpose, department, note, happened_at) values (?, 'PHONE', 'INBOUND', 'SERVICE', 'SERVICE', '배송 문의, 쉼표 포함', now())").param(customer).update();
        jdbc.sql("insert into access_log (at, username, customer_id, action, what) values (now(), 'seller', ?, 'VIEW', 'customer page')").param(customer).update();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theExportIsAZipOfJsonAndCsvWithTheAccessLogAndIsItselfLogged() throws Exception {
        jdbc.sql("insert into contact (customer_id, channel, direction, purpose, department, note, happened_at) values (?, 'WEB', 'INBOUND', 'SERVICE', 'SERVICE', '=HYPERLINK(\"http://evil\")', now())")
                .param(customer).update();
        byte[] zip = mvc.perform(get("/customers/" + customer + "/export").with(user("agent").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("customer-" + customer + ".zip")))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        assertThat(files).containsKeys("customer-" + customer + ".json", "csv/contact_point.csv", "csv/access_log.csv", "csv/consent.csv");
        assertThat(files.get("customer-" + customer + ".json")).contains("\"탁혜원\"", "+821065432109", "\"seller\"");
        assertThat(files.get("csv/contact.csv")).contains("\"배송 문의, 쉼표 포함\"")
                .as("a note a customer typed cannot become a formula in Excel").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(jdbc.sql("select count(*) from access_log where customer_id = ? and action = 'EXPORT' and username = 'agent'")
                .param(customer).query(Long.class).single()).isEqualTo(1);
        for (String role : new String[] {"MARKETING", "SALES"}) {
            mvc.perform(get("/customers/" + customer + "/export").with(user("u").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/customers/999999/export").with(user("agent").roles("SERVICE"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdminErasesWithAReasonAndTheNumberTypedAgain() throws Exception {
        mvc.perform(get("/admin/customers/" + customer + "/erase").with(user("agent").roles("SERVICE"))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/" + customer).locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(content().string(containsString("보유한 정보 전체 내보내기")))
                .andExpect(content().string(not(containsString("이 고객 정보 삭제"))));
        mvc.perform(get("/admin/customers/" + customer + "/erase").locale(Locale.KOREAN).with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("되돌릴 수 없습니다")))
                .andExpect(content().string(containsString("고객 번호 " + customer)));

        mvc.perform(post("/admin/customers/" + customer + "/erase").param("reason", "CUSTOMER_REQUEST").param("confirmation", "" + (customer + 1))
                        .with(csrf()).locale(Locale.ENGLISH).with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type the customer number exactly as shown")));
        mvc.perform(post("/admin/customers/" + customer + "/erase").param("confirmation", "" + customer)
                        .with(csrf()).locale(Locale.ENGLISH).with(user("boss").roles("ADMIN")))
                .andExpect(content().string(containsString("Choose why the customer is erased")));
        assertThat(jdbc.sql("select name from customer where id = ?").param(customer).query(String.class).single()).isEqualTo("탁혜원");

        mvc.perform(post("/admin/customers/" + customer + "/erase").param("reason", "CUSTOMER_REQUEST").param("confirmation", "" + customer)
                        .with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(redirectedUrl("/customers")).andExpect(flash().attribute("notice", "erase.done"));
        assertThat(jdbc.sql("select name from customer where id = ?").param(customer).query(String.class).single()).isEqualTo("erased");
        mvc.perform(get("/customers/" + customer).with(user("boss").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(post("/customers/search").param("q", "탁혜원").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(content().string(not(containsString("탁혜원</a>"))));
    }
}
