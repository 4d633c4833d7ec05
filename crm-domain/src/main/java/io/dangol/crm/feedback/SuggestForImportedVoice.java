package io.dangol.crm.feedback;

import io.dangol.crm.shared.Transactions;
import java.util.List;

/**
 * After a file of feedback was imported, each item without a category gets the classifier's suggestion (the
 * sentiment the file gave is kept; the suggested one is stored beside it), in batches, so imported messages join the
 * inbox's categories, themes and dashboard like the others.
 */
public final class SuggestForImportedVoice {

    static final int BATCH = 1_000;

    private final VoiceInbox inbox;
    private final VoiceSuggestions suggestions;
    private final Transactions transactions;

    public SuggestForImportedVoice(VoiceInbox inbox, VoiceSuggestions suggestions, Transactions transactions) {
        this.inbox = inbox;
        this.suggestions = suggestions;
        this.transactions = transactions;
    }

    /** How many items got a suggestion. */
    public long handle() {
        long done = 0;
        while (true) {
            List<VoiceInbox.Unclassified> batch = inbox.unclassified(BATCH);
            if (batch.isEmpty()) {
                return done;
            }
            List<VoiceClassifier.Suggestion> suggested = batch.parallelStream().map(item -> suggestions.suggest(item.text())).toList();
            transactions.inTransaction(() -> {
                for (int i = 0; i < batch.size(); i++) {
                    inbox.suggested(batch.get(i).id(), suggested.get(i));
                }
                return null;
            });
            done += batch.size();
        }
    }
}
