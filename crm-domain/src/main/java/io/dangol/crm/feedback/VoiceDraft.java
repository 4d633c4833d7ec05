package io.dangol.crm.feedback;

import io.dangol.crm.shared.Codes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An item for the inbox as typed or sent: every field a string, so a form comes back with what was typed and an
 * API call gets each problem by field. The language is guessed when not given: Hangul makes it Korean.
 */
public record VoiceDraft(String channel, String author, String text, String link, String receivedAt, String language) {

    public static final int MAX_TEXT = 4_000;
    public static final int MAX_AUTHOR = 200;
    public static final int MAX_LINK = 1_000;

    public static final VoiceDraft EMPTY = new VoiceDraft("SOCIAL", "", "", "", "", "");

    public record NewVoice(FeedbackChannel channel, String author, String text, String link, Instant receivedAt,
                           String language) { }

    public record Checked(Optional<NewVoice> voice, Map<String, String> errors) { }

    public Checked check(Instant now, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<FeedbackChannel> checkedChannel = Codes.parse(FeedbackChannel.class, channel);
        if (checkedChannel.isEmpty()) {
            errors.put("channel", "voice.error.channel");
        }
        String cleanText = clean(text);
        if (cleanText.isEmpty()) {
            errors.put("text", "voice.error.textMissing");
        } else if (cleanText.length() > MAX_TEXT) {
            errors.put("text", "voice.error.textTooLong");
        }
        String cleanAuthor = clean(author);
        if (cleanAuthor.length() > MAX_AUTHOR) {
            errors.put("author", "voice.error.authorTooLong");
        }
        String cleanLink = clean(link);
        if (!cleanLink.isEmpty() && (cleanLink.length() > MAX_LINK || !cleanLink.matches("(?i)https?://\\S+"))) {
            errors.put("link", "voice.error.link");
        }
        Instant at = now;
        String when = clean(receivedAt);
        if (!when.isEmpty()) {
            Optional<Instant> parsed = instant(when, zone);
            if (parsed.isEmpty()) {
                errors.put("receivedAt", "voice.error.receivedAt");
            } else if (parsed.get().isAfter(now.plusSeconds(300))) {
                errors.put("receivedAt", "voice.error.receivedInFuture");
            } else {
                at = parsed.get();
            }
        }
        String lang = clean(language).toLowerCase(java.util.Locale.ROOT);
        if (!lang.isEmpty() && !lang.matches("[a-z]{2,3}")) {
            errors.put("language", "voice.error.language");
        }
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), Map.copyOf(errors));
        }
        String detected = lang.isEmpty() ? (cleanText.codePoints().anyMatch(VoiceDraft::hangul) ? "ko" : "en") : lang;
        return new Checked(Optional.of(new NewVoice(checkedChannel.get(), cleanAuthor, cleanText, cleanLink, at, detected)),
                Map.of());
    }

    /** {@code 2026-01-31T14:30} or {@code 2026-01-31} in the business's zone, or an instant with offset. */
    static Optional<Instant> instant(String text, ZoneId zone) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            // not an instant with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean hangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
