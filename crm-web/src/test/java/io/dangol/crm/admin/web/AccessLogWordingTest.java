package io.dangol.crm.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The access log's fixed English descriptions, read in the reader's language; unknown ones shown as written. */
class AccessLogWordingTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final AccessLogWording wording;

    AccessLogWordingTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        wording = new AccessLogWording(messages);
    }

    @Test
    void theDescriptionsTheAppWritesReadInKoreanAndEnglish() {
        assertThat(wording.say("customer timeline page 2", Locale.KOREAN)).isEqualTo("고객 타임라인 2쪽");
        assertThat(wording.say("customer search by phone (page 1, 1 shown)", Locale.KOREAN)).isEqualTo("고객 검색(전화번호) 1쪽, 1명 표시");
        assertThat(wording.say("segment stage-core page 3", Locale.ENGLISH)).isEqualTo("segment stage-core, page 3");
        assertThat(wording.say("campaign export 12 file", Locale.KOREAN)).isEqualTo("캠페인 내보내기 12 파일");
        assertThat(wording.say("api returns R-1 inserted", Locale.KOREAN)).isEqualTo("API 반품 R-1 기록(새로 기록)");
        assertThat(wording.say("customer page (contact points masked)", Locale.KOREAN)).isEqualTo("고객 화면(연락처 가림)");
    }

    @Test
    void anUnknownDescriptionIsShownAsWritten() {
        assertThat(wording.say("something new", Locale.KOREAN)).isEqualTo("something new");
    }

    @Test
    void everyRulesMessageExistsInBothLanguages() {
        for (String key : AccessLogWording.keys()) {
            assertThat(messages.getMessage(key, new Object[] {"1", "2", "3"}, null, Locale.KOREAN)).as(key).isNotNull();
            assertThat(messages.getMessage(key, new Object[] {"1", "2", "3"}, null, Locale.ENGLISH)).as(key).isNotNull();
        }
    }
}
