package io.dangol.crm.shared;

import java.util.Optional;

/** Codes as forms and files send them: an enum constant's name, blank meaning "none", anything else "not one of ours". */
public final class Codes {

    private Codes() {
    }

    /** The constant named by {@code text} (surrounding blanks ignored); empty for blank or unknown text. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
