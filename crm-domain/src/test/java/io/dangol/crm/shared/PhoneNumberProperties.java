package io.dangol.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.NumericChars;

class PhoneNumberProperties {

    @Property
    void everyWayOfWritingAKoreanMobileGivesTheSameNumber(@ForAll @IntRange(min = 6000, max = 9999) int middleNumber,
                                                          @ForAll @NumericChars @StringLength(4) String last,
                                                          @ForAll("koreanFormats") String format) {
        String middle = String.valueOf(middleNumber);
        String typed = format.replace("MMMM", middle).replace("LLLL", last);

        PhoneNumber phone = PhoneNumber.parse(typed);

        assertThat(phone.e164()).isEqualTo("+8210" + middle + last);
        assertThat(phone.national()).isEqualTo("010-" + middle + "-" + last);
        assertThat(phone.lastFour()).isEqualTo(last);
    }

    @Provide
    Arbitrary<String> koreanFormats() {
        return Arbitraries.of("010-MMMM-LLLL", "010MMMMLLLL", "+82 10-MMMM-LLLL", "+821 0MMMMLLLL", "+82 010 MMMM LLLL",
                "0082-10-MMMM-LLLL", " 010.MMMM.LLLL ", "(010) MMMM-LLLL");
    }

    @Property
    void parsingTheNormalFormAgainChangesNothing(@ForAll @NumericChars @StringLength(min = 8, max = 12) String digits) {
        PhoneNumber.tryParse("+1" + digits).ifPresent(phone ->
                assertThat(PhoneNumber.parse(phone.e164())).isEqualTo(phone));
    }

    @Example
    void seoulLandlinesKeepTheirTwoDigitAreaCode() {
        assertThat(PhoneNumber.parse("02-123-4567").national()).isEqualTo("02-123-4567");
        assertThat(PhoneNumber.parse("02-123-4567").e164()).isEqualTo("+8221234567");
    }

    @Example
    void foreignNumbersKeepTheirCountry() {
        PhoneNumber phone = PhoneNumber.parse("+1 (415) 555-0100");
        assertThat(phone.e164()).isEqualTo("+14155550100");
        assertThat(phone.isKorean()).isFalse();
        assertThat(phone.national()).isEqualTo("+14155550100");
    }

    @Example
    void numbersNoCountryUsesAreRefusedAndNationwideNumbersKept() {
        assertThat(PhoneNumber.parse("010-123-4567").national()).as("a mobile of the old 3-digit kind").isEqualTo("010-123-4567");
        assertThat(PhoneNumber.tryParse("010-1234-56")).as("a mobile two digits short").isEmpty();
        assertThat(PhoneNumber.tryParse("010-5970-0000")).as("a range no carrier was given").isEmpty();
        assertThat(PhoneNumber.tryParse("099-123-4567")).as("no such area code").isEmpty();
        assertThat(PhoneNumber.parse("1588-1234").national()).isEqualTo("1588-1234");
        assertThat(PhoneNumber.parse("031-123-4567").national()).isEqualTo("031-123-4567");
        assertThat(PhoneNumber.parse("+44 20 7946 0018").e164()).isEqualTo("+442079460018");
        assertThat(PhoneNumber.tryParse("+44 20 79")).as("too short for the UK").isEmpty();
    }

    @Example
    void wordsAndTooShortNumbersAreNotPhones() {
        assertThat(PhoneNumber.tryParse("김민준")).isEmpty();
        assertThat(PhoneNumber.tryParse("1234")).isEmpty();
        assertThat(PhoneNumber.tryParse("010-12")).isEmpty();
        assertThat(PhoneNumber.tryParse("")).isEmpty();
        assertThat(PhoneNumber.tryParse("1-800-FLOWERS")).isEmpty();
        assertThat(PhoneNumber.tryParse(null)).isEmpty();
    }
}
