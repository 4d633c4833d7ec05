package io.dangol.crm.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.scoring.ChangeScoringSettings;
import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.ScoringSettingsStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The scoring settings page on its own (a web slice: no database): admins only, and what they may type wrong. */
@WebMvcTest(ScoringSettingsController.class)
@Import(ScoringSettingsSliceTest.Ports.class)
class ScoringSettingsSliceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemorySettings store;

    @BeforeEach
    void defaults() {
        store.settings = ScoringSettings.defaults();
        store.saves.clear();
    }

    @Test
    void anAdminSeesEveryThresholdInKorean() throws Exception {
        mvc.perform(get("/admin/scoring/settings").locale(Locale.KOREAN).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"windowMonths\"")))
                .andExpect(content().string(containsString("name=\"scheduleCron\"")))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(not(containsString("E+"))));
    }

    @Test
    void percentsAreShownAsPlainNumbersAlsoAfterSavingTen() throws Exception {
        assertThat(ScoringSettingsForm.percent(new java.math.BigDecimal("0.100"))).hasToString("10");
        assertThat(ScoringSettingsForm.percent(new java.math.BigDecimal("0.3"))).hasToString("30");
        assertThat(ScoringSettingsForm.percent(new java.math.BigDecimal("0.125"))).hasToString("12.5");
        mvc.perform(form().param("corePercent", "10").param("marginPercent", "50").with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("message", "scoring.settings.saved"));
        mvc.perform(get("/admin/scoring/settings").with(user("a").roles("ADMIN")))
                .andExpect(content().string(containsString("value=\"10\"")))
                .andExpect(content().string(containsString("value=\"50\"")))
                .andExpect(content().string(not(containsString("E+"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARKETING", "SALES", "SERVICE"})
    void nobodyButAnAdminChangesThem(String role) throws Exception {
        mvc.perform(get("/admin/scoring/settings").with(user("x").roles(role))).andExpect(status().isForbidden());
        mvc.perform(form().with(user("x").roles(role))).andExpect(status().isForbidden());
        assertThat(store.saves).isEmpty();
    }

    @Test
    void aBadCronOrAnOutOfRangeNumberIsShownWithWhatWasTypedAndNothingIsSaved() throws Exception {
        mvc.perform(form().param("scheduleCron", "every night").locale(Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not a valid cron expression")))
                .andExpect(content().string(containsString("value=\"every night\"")));
        mvc.perform(form().param("windowMonths", "500").locale(Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"500\"")));
        mvc.perform(form().param("windowMonths", "스물넷").locale(Locale.KOREAN).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk());
        assertThat(store.saves).isEmpty();
    }

    @Test
    void goodSettingsAreSavedByTheAdminWhoChangedThem() throws Exception {
        mvc.perform(form().param("windowMonths", "12").with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("message", "scoring.settings.saved"));
        assertThat(store.saves).containsExactly("a");
        assertThat(store.settings.windowMonths()).isEqualTo(12);
    }

    /** The form as the page posts it, with the defaults; a test overrides a field by setting its parameter again. */
    private MockHttpServletRequestBuilder form() {
        ScoringSettingsForm defaults = ScoringSettingsForm.from(ScoringSettings.defaults());
        MockHttpServletRequestBuilder post = post("/admin/scoring/settings").with(csrf());
        return new Defaulted(post, defaults).request();
    }

    /** Adds each default only where the test gave no value (MockMvc keeps the first value of a parameter). */
    private record Defaulted(MockHttpServletRequestBuilder post, ScoringSettingsForm d) {
        MockHttpServletRequestBuilder request() {
            return post.with(request -> {
                put(request, "windowMonths", d.getWindowMonths());
                put(request, "corePercent", d.getCorePercent().toPlainString());
                put(request, "minTenureMonths", d.getMinTenureMonths());
                put(request, "activityFactor", d.getActivityFactor().toPlainString());
                put(request, "defaultCycleDays", d.getDefaultCycleDays());
                put(request, "referralsAreAdvocacy", d.isReferralsAreAdvocacy());
                put(request, "positiveFeedbackIsAdvocacy", d.isPositiveFeedbackIsAdvocacy());
                put(request, "identifiedNeedsVerifiedContact", d.isIdentifiedNeedsVerifiedContact());
                put(request, "marginPercent", d.getMarginPercent().toPlainString());
                put(request, "discountPercent", d.getDiscountPercent().toPlainString());
                put(request, "clvHorizonMonths", d.getClvHorizonMonths());
                put(request, "riskAlivePercent", d.getRiskAlivePercent().toPlainString());
                put(request, "riskNoContactDays", d.getRiskNoContactDays());
                put(request, "overdueFloorDays", d.getOverdueFloorDays());
                put(request, "modelPeriod", d.getModelPeriod());
                put(request, "purchaseModel", d.getPurchaseModel());
                put(request, "scheduleCron", d.getScheduleCron());
                return request;
            });
        }

        private static void put(org.springframework.mock.web.MockHttpServletRequest request, String name, Object value) {
            if (request.getParameter(name) == null) {
                request.addParameter(name, String.valueOf(value));
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Ports {

        @Bean
        InMemorySettings inMemorySettings() {
            return new InMemorySettings();
        }

        @Bean
        ChangeScoringSettings changeScoringSettings(InMemorySettings store) {
            return new ChangeScoringSettings(store);
        }
    }

    static final class InMemorySettings implements ScoringSettingsStore {

        ScoringSettings settings = ScoringSettings.defaults();
        final List<String> saves = new ArrayList<>();

        @Override
        public ScoringSettings current() {
            return settings;
        }

        @Override
        public void save(ScoringSettings changed, String changedBy) {
            settings = changed;
            saves.add(changedBy);
        }
    }
}
