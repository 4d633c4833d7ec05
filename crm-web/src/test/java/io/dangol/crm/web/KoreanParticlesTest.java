package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanParticlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            약과 선물세트을(를) 샀기 때문     | 약과 선물세트를 샀기 때문
            셔츠을(를) 샀기 때문             | 셔츠를 샀기 때문
            갈비찜을(를) 샀기 때문           | 갈비찜을 샀기 때문
            웹(으)로 유입                    | 웹으로 유입
            매장(으)로 유입                  | 매장으로 유입
            전화(으)로 유입                  | 전화로 유입
            서울(으)로 이사                  | 서울로 이사
            "A-1001"이(가) 다시 나옵니다      | "A-1001"이 다시 나옵니다
            주문 3은(는) 이미                | 주문 3은 이미
            주문 2은(는) 이미                | 주문 2는 이미
            고객 C-9이(가) 없습니다          | 고객 C-9가 없습니다
            고객 ABC-M이(가) 없습니다        | 고객 ABC-M이 없습니다
            그 구매자의 35%이(가) 이것도      | 그 구매자의 35%가 이것도
            김민서과(와) 이영희              | 김민서와 이영희
            이영희과(와) 김민준              | 이영희와 김민준
            김민준과(와) 이영희              | 김민준과 이영희
            "2026-13-01"은(는) 지난 날짜가   | "2026-13-01"은 지난 날짜가
            """)
    void theParticleFollowsTheSoundOfTheWordBeforeIt(String written, String read) {
        assertThat(KoreanParticles.attach(written)).isEqualTo(read);
    }

    @Test
    void whereNothingTellsBothFormsStay() {
        assertThat(KoreanParticles.attach("을(를) 고르세요")).isEqualTo("을(를) 고르세요");
        assertThat(KoreanParticles.attach("\"?\"은(는) 아닙니다")).isEqualTo("\"?\"은(는) 아닙니다");
        assertThat(KoreanParticles.attach("괄호 (참고) 그대로")).isEqualTo("괄호 (참고) 그대로");
        assertThat(KoreanParticles.attach(null)).isNull();
    }

    @Test
    void theMessageSourceFitsKoreanMessagesAndLeavesEnglishAlone() {
        KoreanMessageSource messages = new KoreanMessageSource();
        assertThat(messages.getMessage("customer.since", new Object[] {"2024-01-02", "웹", "서울"}, Locale.KOREAN))
                .isEqualTo("2024-01-02부터 고객, 웹으로 유입, 서울.");
        assertThat(messages.getMessage("customer.since", new Object[] {"2024-01-02", "전화", "서울"}, Locale.KOREAN))
                .contains("전화로 유입");
        assertThat(messages.getMessage("customer.because", new Object[] {"셔츠", "40%"}, Locale.KOREAN))
                .isEqualTo("셔츠를 샀기 때문 (그 구매자의 40%가 이것도 샀습니다)");
        assertThat(messages.getMessage("customer.because", new Object[] {"shirt", "40%"}, Locale.ENGLISH))
                .isEqualTo("because they bought shirt (40% of its buyers also bought this)");
    }
}
