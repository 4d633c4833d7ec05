package io.dangol.crm.shared;

import java.text.Normalizer;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A whole number as people type it into a form: {@code 1,200}, {@code 1200원}, {@code 10 %}, or in the full-width
 * digits a Korean keyboard may give ({@code １０％}). One reading for every form that asks for a count, a share or an
 * amount in won, so each accepts the same and refuses the same.
 */
public final class WholeNumber {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");

    private WholeNumber() {
    }

    /**
     * The number, or empty when the text is not one: digits with optional thousands separators ({@code ,} or {@code _})
     * and the unit after them; no sign, no decimals, at most twelve digits.
     */
    public static OptionalLong parse(String typed, String unit) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String digits = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replace(",", "").replace("_", "");
        if (!unit.isEmpty() && digits.endsWith(unit)) {
            digits = digits.substring(0, digits.length() - unit.length()).strip();
        }
        return DIGITS.matcher(digits).matches() ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
    }

    /** The number as an int; {@link IllegalArgumentException} when the text is not a whole number that fits one. */
    public static int parseInt(String typed, String unit) {
        long value = parse(typed, unit).orElseThrow(() -> new IllegalArgumentException("not a whole number: " + typed));
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too large: " + typed);
        }
        return (int) value;
    }
}
