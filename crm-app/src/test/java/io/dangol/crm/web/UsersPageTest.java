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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.IssuedPassword;
import io.dangol.crm.admin.RightsChangeKind;
import io.dangol.crm.admin.RightsChanges;
import io.dangol.crm.admin.Role;
import io.dangol.crm.app.AppIntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersPageTest extends AppIntegrationTest {

    @Autowired
    RightsChanges changes;

    @Test
    void anAdminCreatesAUserAndSeesThePasswordOnce() throws Exception {
        String admin = aUserWith(Role.ADMIN);

        CookieJar browser = new CookieJar(mvc);
        var result = browser.perform(post("/admin/users").param("username", "hana.park").param("displayName", "박하나")
                        .param("roles", "SALES", "SERVICE").with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users")).andExpect(flash().attributeExists("issued")).andReturn();

        IssuedPassword issued = (IssuedPassword) result.getFlashMap().get("issued");
        AppUser hana = users.findByUsername("hana.park").orElseThrow();
        assertThat(hana.roles()).containsExactlyInAnyOrder(Role.SALES, Role.SERVICE);
        assertThat(hana.passwordHash()).startsWith("{bcrypt}").doesNotContain(issued.password());
        assertThat(changes.latest(20)).anySatisfy(c -> {
            assertThat(c.username()).isEqualTo("hana.park");
            assertThat(c.actor()).isEqualTo(admin);
            assertThat(c.kind()).isEqualTo(RightsChangeKind.CREATED);
        });
        browser.perform(get("/admin/users").with(user(admin).roles("ADMIN")))
                .andExpect(content().string(containsString(issued.password())));
        mvc.perform(get("/admin/users").with(user(admin).roles("ADMIN")))
                .andExpect(content().string(not(containsString(issued.password()))));
    }

    @Test
    void badInputIsExplainedInTheUsersLanguageAndKept() throws Exception {
        String admin = aUserWith(Role.ADMIN);

        mvc.perform(post("/admin/users").param("username", "Bad Name!").param("displayName", "김철수")
                        .locale(Locale.KOREAN).with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("영문 소문자, 숫자")))
                .andExpect(content().string(containsString("역할을 하나 이상 선택하세요")))
                .andExpect(content().string(containsString("value=\"김철수\"")));
        assertThat(users.findByUsername("bad name!")).isEmpty();
    }

    @Test
    void aTakenUsernameIsRefusedWithAMessage() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        String taken = aUserWith(Role.SALES);

        mvc.perform(post("/admin/users").param("username", taken).param("roles", "ADMIN")
                        .locale(Locale.ENGLISH).with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already taken")));
        assertThat(users.findByUsername(taken).orElseThrow().roles()).containsExactly(Role.SALES);
    }

    @Test
    void anAdminChangesRolesDisablesAndResetsAPassword() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        String sales = aUserWith(Role.SALES);
        long id = users.findByUsername(sales).orElseThrow().id().orElseThrow().value();

        mvc.perform(post("/admin/users/{id}/roles", id).param("roles", "SALES", "MARKETING").with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(flash().attribute("message", "users.saved.roles"));
        mvc.perform(post("/admin/users/{id}/disable", id).with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(flash().attribute("message", "users.saved.disabled"));
        String oldHash = users.findByUsername(sales).orElseThrow().passwordHash();
        mvc.perform(post("/admin/users/{id}/password", id).with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(flash().attributeExists("issued"));

        mvc.perform(get("/admin/users").locale(Locale.KOREAN).with(user(admin).roles("ADMIN")))
                .andExpect(content().string(containsString("역할 변경")))
                .andExpect(content().string(not(containsString("roles SALES"))))
                .andExpect(content().string(not(containsString("SALES →"))));
        AppUser changed = users.findByUsername(sales).orElseThrow();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.SALES, Role.MARKETING);
        assertThat(changed.isEnabled()).isFalse();
        assertThat(changed.passwordHash()).isNotEqualTo(oldHash);
    }

    @Test
    void anAdminCannotDisableThemselves() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        long id = users.findByUsername(admin).orElseThrow().id().orElseThrow().value();

        mvc.perform(post("/admin/users/{id}/disable", id).with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(flash().attribute("problem", "users.refused.OWN_ACCOUNT"));
        assertThat(users.findByUsername(admin).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void anUnknownUserIsANotFoundPage() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        mvc.perform(post("/admin/users/{id}/password", 999_999).with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(status().isNotFound());
    }
}
