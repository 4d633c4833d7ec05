package io.dangol.crm.contact;

import io.dangol.crm.shared.Codes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A contact as typed in the form, before it is checked: every field a string, so nothing typed is lost when the
 * form comes back with its errors. {@link #check} names each field's problem by a message code.
 */
public record ContactDraft(String channel, String direction, String purpose, String outcome, String note,
                           String followUpOn) implements java.io.Serializable {

    public static final int MAX_NOTE = 2_000;
    public static final int MAX_FOLLOW_UP_DAYS = 366;

    public static final ContactDraft EMPTY = new ContactDraft("", "OUTBOUND", "", "", "", "");

    /** The checked contact, or the problems by field. */
    public record Checked(Optional<NewContact> contact, Map<String, String> errors) { }

    public record NewContact(ContactChannel channel, Direction direction, ContactPurpose purpose,
                             Optional<ContactOutcome> outcome, String note, Optional<LocalDate> followUpOn) { }

    public Checked check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ContactChannel> checkedChannel = Codes.parse(ContactChannel.class, channel);
        if (checkedChannel.isEmpty()) {
            errors.put("channel", "contact.error.channel");
        }
        Optional<Direction> checkedDirection = Codes.parse(Direction.class, direction);
        if (checkedDirection.isEmpty()) {
            errors.put("direction", "contact.error.direction");
        }
        Optional<ContactPurpose> checkedPurpose = Codes.parse(ContactPurpose.class, purpose).filter(p -> p != ContactPurpose.CAMPAIGN);
        if (checkedPurpose.isEmpty()) {
            errors.put("purpose", "contact.error.purpose");
        }
        Optional<ContactOutcome> checkedOutcome = Codes.parse(ContactOutcome.class, outcome);
        if (!blank(outcome) && checkedOutcome.isEmpty()) {
            errors.put("outcome", "contact.error.outcome");
        } else if (checkedOutcome.isPresent() && checkedChannel.isPresent() && !checkedOutcome.get().fits(checkedChannel.get())) {
            errors.put("outcome", "contact.error.outcomeChannel");
        }
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > MAX_NOTE) {
            errors.put("note", "contact.error.noteTooLong");
        }
        Optional<LocalDate> followUp = Optional.empty();
        if (!blank(followUpOn)) {
            try {
                LocalDate date = LocalDate.parse(followUpOn.strip());
                Optional<String> problem = followUpProblem(date, today);
                if (problem.isPresent()) {
                    errors.put("followUpOn", problem.get());
                } else {
                    followUp = Optional.of(date);
                }
            } catch (DateTimeParseException e) {
                errors.put("followUpOn", "contact.error.followUpDate");
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), errors);
        }
        return new Checked(Optional.of(new NewContact(checkedChannel.get(), checkedDirection.get(), checkedPurpose.get(),
                checkedOutcome, cleanNote, followUp)), Map.of());
    }

    /** A follow-up is due today at the earliest and at most {@link #MAX_FOLLOW_UP_DAYS} ahead. */
    public static Optional<String> followUpProblem(LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            return Optional.of("contact.error.followUpPast");
        }
        if (date.isAfter(today.plusDays(MAX_FOLLOW_UP_DAYS))) {
            return Optional.of("contact.error.followUpFar");
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
