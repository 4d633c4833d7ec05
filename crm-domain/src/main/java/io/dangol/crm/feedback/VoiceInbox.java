package io.dangol.crm.feedback;

import io.dangol.crm.contact.Department;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The voice-of-the-customer inbox and its themes. Written only by the inbox use cases; state changes are
 * conditional on the state the use case saw.
 */
@WritePort
public interface VoiceInbox {

    /** The item a source system already sent under this id (API calls are idempotent by it). */
    Optional<Long> findExternal(String sourceSystem, String externalId);

    long record(VoiceDraft.NewVoice voice, Optional<CustomerId> customer, VoiceClassifier.Suggestion suggestion, Instant due,
                Optional<String> sourceSystem, Optional<String> externalId, String by, Instant at);

    /** The customer an earlier item by the same handle on the same channel was linked to. */
    Optional<CustomerId> customerByHandle(FeedbackChannel channel, String author);

    /** The one customer in use of this e-mail or phone (E.164); empty when none or several. */
    Optional<CustomerId> customerByPoint(String kind, String value);

    boolean customerExists(CustomerId customer);

    /** The customer a source system knows by this id (the survivor, when that record was merged). */
    Optional<CustomerId> customerBySource(String sourceSystem, String externalId);

    Optional<VoiceRecord> find(long id);

    void link(long id, Optional<CustomerId> customer, String by, Instant at);

    void correct(long id, Sentiment sentiment, VoiceCategory category, String by, Instant at);

    void assign(long id, FeedbackStatus from, Optional<Long> assigneeUserId, Department team, String by, Instant at);

    boolean answered(long id, FeedbackStatus from, String answer, Optional<Long> contactId, String by, Instant at);

    boolean move(long id, FeedbackStatus from, FeedbackStatus to, String by, Instant at);

    void theme(long id, Optional<Long> themeId);

    long openTheme(String title, VoiceCategory category, Optional<Long> ownerUserId, String by, Instant at);

    Optional<ThemeRecord> findTheme(long themeId);

    void decideTheme(long themeId, ThemeStatus status, String decision, String action, Optional<Long> ownerUserId, Instant at);

    /** Items that arrived without a category (imports): their ids and texts, oldest first. */
    List<Unclassified> unclassified(int limit);

    /** Stores the suggestion for an imported item: its category, and the suggestion beside the sentiment it came with. */
    void suggested(long id, VoiceClassifier.Suggestion suggestion);

    record Unclassified(long id, String text) { }

    /** Items whose sentiment or category staff corrected: training data. */
    List<VoiceSample> corrections();

    record ThemeRecord(long id, String title, VoiceCategory category, ThemeStatus status) { }
}
