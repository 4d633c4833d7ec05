package io.dangol.crm.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number normalised to E.164 ({@code +821012345678}), parsed and validated by Google's libphonenumber with
 * Korea as the default country: {@code 010-1234-5678}, {@code 01012345678}, {@code +82 10-1234-5678},
 * {@code +82 010 1234 5678} and {@code 0082 10 1234 5678} all become {@code +821012345678}; {@code 02-123-4567} is
 * a Seoul landline, {@code 1588-1234} a nationwide number; a number with another country code keeps it and is
 * checked by that country's plan. Letters (vanity numbers) are not taken: staff type digits.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final String KOREA = "KR";
    private static final Pattern TYPED = Pattern.compile("\\+?[0-9()\\-.\\s]{1,40}");

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("not an E.164 phone number: " + e164);
        }
    }

    /** Parses what people type; throws {@link IllegalArgumentException} with the reason when it is not a phone number. */
    public static PhoneNumber parse(String input) {
        return tryParse(input).orElseThrow(() -> new IllegalArgumentException("not a phone number: " + input));
    }

    public static Optional<PhoneNumber> tryParse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String typed = input.strip();
        if (!TYPED.matcher(typed).matches()) {
            return Optional.empty();
        }
        if (typed.startsWith("00")) {
            typed = "+" + typed.substring(2); // 0082 …: the international prefix as many write it
        }
        try {
            Phonenumber.PhoneNumber number = NUMBERS.parse(typed, KOREA);
            if (!NUMBERS.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(NUMBERS.format(number, PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public boolean isKorean() {
        return e164.startsWith("+82");
    }

    /** How a Korean reads it: {@code 010-1234-5678}, {@code 02-123-4567}; other countries keep E.164. */
    public String national() {
        if (!isKorean()) {
            return e164;
        }
        try {
            return NUMBERS.format(NUMBERS.parse(e164, KOREA), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            throw new IllegalStateException("an E.164 number that does not parse: " + e164, e);
        }
    }

    /** The last four digits, which staff use together with a name to find someone. */
    public String lastFour() {
        return e164.substring(e164.length() - 4);
    }

    @Override
    public String toString() {
        return e164;
    }
}
