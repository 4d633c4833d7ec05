package io.dangol.crm.consent;

import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import java.time.Clock;
import java.util.Optional;

/**
 * Staff record that a customer granted or withdrew a consent (channel, purpose, how it reached us, a note). The
 * history only grows: the current state is the latest record per channel and purpose ({@code current_consent}).
 */
public final class RecordConsent {

    public static final int MAX_NOTE = 500;

    /** The codes as the form sent them. */
    public record Command(CustomerId customer, String channel, String purpose, String status, String source, String note,
                          String recordedBy) { }

    private final Consents consents;
    private final Clock clock;

    public RecordConsent(Consents consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    /**
     * The change recorded, or empty when a code is not one of ours or the note is too long.
     *
     * @throws CustomerNotFound when there is no such customer
     */
    public Optional<ConsentChange> handle(Command command) {
        Optional<ConsentChannel> channel = Codes.parse(ConsentChannel.class, command.channel());
        Optional<ConsentPurpose> purpose = Codes.parse(ConsentPurpose.class, command.purpose());
        Optional<ConsentStatus> status = Codes.parse(ConsentStatus.class, command.status());
        Optional<ConsentSource> source = Codes.parse(ConsentSource.class, command.source());
        String note = command.note() == null ? "" : command.note().strip();
        if (channel.isEmpty() || purpose.isEmpty() || status.isEmpty() || source.isEmpty() || note.length() > MAX_NOTE) {
            return Optional.empty();
        }
        ConsentChange change = new ConsentChange(channel.get(), purpose.get(), status.get(), source.get(), note,
                command.recordedBy(), clock.instant());
        if (!consents.record(command.customer(), change)) {
            throw new CustomerNotFound(command.customer());
        }
        return Optional.of(change);
    }
}
