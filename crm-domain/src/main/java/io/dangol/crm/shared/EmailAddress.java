package io.dangol.crm.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An email address, stripped and lower-cased so that one person has one address. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()
                || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a normalised email address: " + value);
        }
    }

    public static EmailAddress parse(String input) {
        return tryParse(input).orElseThrow(() -> new IllegalArgumentException("not an email address: " + input));
    }

    public static Optional<EmailAddress> tryParse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalised = input.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || !SHAPE.matcher(normalised).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(normalised));
    }

    @Override
    public String toString() {
        return value;
    }
}
