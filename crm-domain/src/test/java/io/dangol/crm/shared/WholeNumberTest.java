package io.dangol.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class WholeNumberTest {

    @Test
    void readsWhatPeopleType() {
        assertThat(WholeNumber.parse("1,200", "원")).hasValue(1_200);
        assertThat(WholeNumber.parse(" 1200원 ", "원")).hasValue(1_200);
        assertThat(WholeNumber.parse("1200 원", "원")).hasValue(1_200);
        assertThat(WholeNumber.parse("10 %", "%")).hasValue(10);
        assertThat(WholeNumber.parse("１０％", "%")).as("full-width digits and sign from a Korean keyboard").hasValue(10);
        assertThat(WholeNumber.parse("0", "%")).hasValue(0);
    }

    @Test
    void refusesWhatIsNotAWholeNumber() {
        for (String typed : new String[] {"", " ", "-5", "+5", "1.5", "열", "10원", "1e3", "1234567890123", null}) {
            assertThat(WholeNumber.parse(typed, "%")).as(String.valueOf(typed)).isEqualTo(OptionalLong.empty());
        }
        assertThatThrownBy(() -> WholeNumber.parseInt("abc", "%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WholeNumber.parseInt("99,999,999,999", "%")).as("beyond an int")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyNumberWrittenWithSeparatorsReadsBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        assertThat(WholeNumber.parse(String.format(java.util.Locale.ROOT, "%,d원", n), "원")).hasValue(n);
        assertThat(WholeNumber.parse(Long.toString(n), "원")).hasValue(n);
    }
}
