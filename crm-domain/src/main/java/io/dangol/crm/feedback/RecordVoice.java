package io.dangol.crm.feedback;

import io.dangol.crm.servicecase.DueTimes;
import io.dangol.crm.servicecase.ServiceCaseSeverity;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An item arrives in the inbox — typed by staff, posted by a social-listening tool or a webhook through the API
 * (idempotent by the source system's id), from any channel. Its sentiment and category are suggested; it is linked
 * to a customer when one is named, or when its author's handle was linked before, or when the author is an e-mail
 * or phone number one customer uses. Its answer is due in working hours: sooner when it is negative.
 */
public final class RecordVoice {

    /**
     * @param customer         a customer named by whoever records it (a staff member's choice)
     * @param sourceSystem     the API token's source system, with the item's id there
     * @param sourceCustomerId the customer's id in that source system, when the sender knows it
     */
    public record Command(VoiceDraft draft, Optional<CustomerId> customer, Optional<String> sourceSystem,
                          Optional<String> externalId, Optional<String> sourceCustomerId, String by) {

        /** Typed by staff on the inbox page. */
        public static Command byHand(VoiceDraft draft, String by) {
            return new Command(draft, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), by);
        }

        /** Sent by a source system through the API. */
        public static Command fromSource(VoiceDraft draft, String sourceSystem, String externalId, Optional<String> customerId) {
            return new Command(draft, Optional.empty(), Optional.of(sourceSystem), Optional.of(externalId),
                    customerId.map(String::strip).filter(id -> !id.isEmpty()), "api:" + sourceSystem);
        }
    }

    public record Result(Optional<Long> id, boolean created, Map<String, String> errors) {

        public boolean recorded() {
            return id.isPresent();
        }
    }

    private final VoiceInbox inbox;
    private final VoiceSuggestions suggestions;
    private final DueTimes dueTimes;
    private final Transactions transactions;
    private final BusinessZone zone;
    private final Clock clock;

    public RecordVoice(VoiceInbox inbox, VoiceSuggestions suggestions, DueTimes dueTimes, Transactions transactions,
                       BusinessZone zone, Clock clock) {
        this.inbox = inbox;
        this.suggestions = suggestions;
        this.dueTimes = dueTimes;
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
    }

    public Result handle(Command command) {
        if (command.sourceSystem().isPresent() && command.externalId().isPresent()) {
            Optional<Long> known = inbox.findExternal(command.sourceSystem().get(), command.externalId().get());
            if (known.isPresent()) {
                return new Result(known, false, Map.of());
            }
        }
        Instant now = clock.instant();
        VoiceDraft.Checked checked = command.draft().check(now, zone.zone());
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        Optional<CustomerId> named = command.customer();
        if (named.isPresent() && !inbox.customerExists(named.get())) {
            errors.put("customer", "voice.error.customer");
        }
        if (command.sourceCustomerId().isPresent() && command.sourceSystem().isPresent()) {
            named = inbox.customerBySource(command.sourceSystem().get(), command.sourceCustomerId().get());
            if (named.isEmpty()) {
                errors.put("customerId", "voice.error.customer");
            }
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), false, Map.copyOf(errors));
        }
        VoiceDraft.NewVoice voice = checked.voice().orElseThrow();
        Optional<CustomerId> customer = named.or(() -> matched(voice));
        VoiceClassifier.Suggestion suggestion = suggestions.suggest(voice.text());
        ServiceCaseSeverity urgency = suggestion.sentiment() == Sentiment.NEGATIVE ? ServiceCaseSeverity.NORMAL : ServiceCaseSeverity.LOW;
        Instant due = dueTimes.due(urgency, now).firstResponse();
        long id = transactions.inTransaction(() -> inbox.record(voice, customer, suggestion, due, command.sourceSystem(),
                command.externalId(), command.by(), now));
        return new Result(Optional.of(id), true, Map.of());
    }

    /** The customer the author is, when the handle was linked before or is an e-mail or phone one customer uses. */
    private Optional<CustomerId> matched(VoiceDraft.NewVoice voice) {
        if (voice.author().isEmpty()) {
            return Optional.empty();
        }
        return inbox.customerByHandle(voice.channel(), voice.author())
                .or(() -> EmailAddress.tryParse(voice.author()).flatMap(e -> inbox.customerByPoint("EMAIL", e.value())))
                .or(() -> PhoneNumber.tryParse(voice.author()).flatMap(p -> inbox.customerByPoint("PHONE", p.e164())));
    }
}
