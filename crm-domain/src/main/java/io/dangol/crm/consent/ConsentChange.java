package io.dangol.crm.consent;

import java.time.Instant;
import java.util.Objects;

/** A consent granted or withdrawn: for which channel and purpose, how it reached us, who recorded it and when. */
public record ConsentChange(ConsentChannel channel, ConsentPurpose purpose, ConsentStatus status, ConsentSource source,
                            String note, String recordedBy, Instant at) {

    public ConsentChange {
        Objects.requireNonNull(channel);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(status);
        Objects.requireNonNull(source);
        Objects.requireNonNull(at);
        note = note == null ? "" : note.strip();
        if (note.length() > RecordConsent.MAX_NOTE) {
            throw new IllegalArgumentException("a consent note has at most " + RecordConsent.MAX_NOTE + " characters");
        }
    }
}
