package io.dangol.crm.customer;

import io.dangol.crm.shared.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was typed in the one search box, understood: an e-mail address, a phone number in any format
 * ({@code 010-1234-5678}, {@code 01012345678}, {@code +82 10-1234-5678}), a name (Korean or Latin, whole or
 * partial) or a name with the last four digits of a phone ({@code 김민준 5678}).
 *
 * @param lookup the phone as E.164 digits ({@code 821012345678}) or the e-mail address in lower case
 */
public record CustomerQuery(Kind kind, String name, String lookup, String lastDigits) {

    public enum Kind { NAME, NAME_AND_LAST_DIGITS, PHONE, EMAIL }

    /** Why a query cannot be run, for the user's message. */
    public enum Problem { EMPTY, TOO_LONG, DIGITS_NEED_NAME }

    public static final int MAX_LENGTH = 100;

    /**
     * Whether the query looks a customer up by a whole phone number or e-mail address: only for staff who see contact
     * points whole — for anyone else, finding a name by a full number would undo the masking (10,000 tries recover a
     * masked number).
     */
    public boolean needsWholeContactPoints() {
        return kind == Kind.PHONE || kind == Kind.EMAIL;
    }
    private static final Pattern NAME_THEN_DIGITS = Pattern.compile("(.*\\D)\\s+(\\d{4})");
    private static final Pattern DIGITS_THEN_NAME = Pattern.compile("(\\d{4})\\s+(\\D.*)");

    /** The query, or the problem with what was typed. */
    public static Optional<CustomerQuery> parse(String typed, java.util.function.Consumer<Problem> problem) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            problem.accept(Problem.EMPTY);
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            problem.accept(Problem.TOO_LONG);
            return Optional.empty();
        }
        if (text.contains("@")) {
            return Optional.of(new CustomerQuery(Kind.EMAIL, "", text.toLowerCase(Locale.ROOT), ""));
        }
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(text);
        if (phone.isPresent() && text.replaceAll("\\D", "").length() >= 9) {
            return Optional.of(new CustomerQuery(Kind.PHONE, "", phone.get().e164().substring(1), ""));
        }
        Matcher nameThenDigits = NAME_THEN_DIGITS.matcher(text);
        if (nameThenDigits.matches()) {
            return Optional.of(new CustomerQuery(Kind.NAME_AND_LAST_DIGITS, nameThenDigits.group(1).strip(), "",
                    nameThenDigits.group(2)));
        }
        Matcher digitsThenName = DIGITS_THEN_NAME.matcher(text);
        if (digitsThenName.matches()) {
            return Optional.of(new CustomerQuery(Kind.NAME_AND_LAST_DIGITS, digitsThenName.group(2).strip(), "",
                    digitsThenName.group(1)));
        }
        if (text.matches("[0-9\\s()+.\\-]+")) {
            problem.accept(Problem.DIGITS_NEED_NAME);
            return Optional.empty();
        }
        return Optional.of(new CustomerQuery(Kind.NAME, text, "", ""));
    }

    /** Names of one or two characters are matched from their start; longer ones anywhere (trigrams). */
    public boolean namePrefixOnly() {
        return name.codePointCount(0, name.length()) < 3;
    }
}
