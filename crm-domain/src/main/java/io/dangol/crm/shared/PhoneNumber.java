package io.dangol.crm.shared;

import java.util.Optional;

/**
 * A phone number normalised to E.164 ({@code +821012345678}). Korean input is the default:
 * {@code 010-1234-5678}, {@code 01012345678}, {@code +82 10-1234-5678} and {@code 0082 10 1234 5678}
 * all become {@code +821012345678}; a number with another country code keeps it.
 */
public record PhoneNumber(String e164) {

    private static final String KOREA = "82";

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
        String trimmed = input.strip();
        if (!trimmed.matches("\\+?[0-9()\\-.\\s]+")) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        String international;
        if (trimmed.startsWith("+")) {
            international = digits;
        } else if (digits.startsWith("00")) {
            international = digits.substring(2);
        } else if (digits.startsWith("0")) {
            international = KOREA + digits.substring(1);
        } else {
            return Optional.empty();
        }
        if (international.startsWith(KOREA + "0")) {
            international = KOREA + international.substring(3); // "+82 010-…": the trunk 0 is dropped
        }
        if (international.length() < 8 || international.length() > 15 || international.startsWith("0")) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber("+" + international));
    }

    public boolean isKorean() {
        return e164.startsWith("+" + KOREA);
    }

    /** How a Korean reads it: {@code 010-1234-5678}; other countries keep E.164. */
    public String national() {
        if (!isKorean()) {
            return e164;
        }
        String rest = "0" + e164.substring(3);
        if (rest.startsWith("02")) {
            return group(rest, 2);
        }
        return group(rest, 3);
    }

    private static String group(String number, int areaLength) {
        String area = number.substring(0, areaLength);
        String subscriber = number.substring(areaLength);
        int split = subscriber.length() - 4;
        if (split <= 0) {
            return number;
        }
        return area + "-" + subscriber.substring(0, split) + "-" + subscriber.substring(split);
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
