package io.dangol.crm.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The classifier the inbox uses now: trained on the shipped sample and every correction staff made, at start and
 * again whenever asked (nightly, or "retrain now"); the swap is atomic, so suggestions never wait for a training.
 */
public final class VoiceSuggestions {

    private final VoiceInbox inbox;
    private final AtomicReference<VoiceClassifier> current = new AtomicReference<>();

    public VoiceSuggestions(VoiceInbox inbox) {
        this.inbox = inbox;
    }

    public VoiceClassifier.Suggestion suggest(String text) {
        VoiceClassifier classifier = current.get();
        if (classifier == null) {
            retrain();
            classifier = current.get();
        }
        return classifier.suggest(text);
    }

    /** Trains anew; answers how many examples the classifier learnt from and how many were staff corrections. */
    public synchronized Training retrain() {
        List<VoiceSample> corrections = inbox.corrections();
        List<VoiceSample> samples = new ArrayList<>(VoiceSample.shipped());
        samples.addAll(corrections);
        current.set(VoiceClassifier.train(samples));
        return new Training(samples.size(), corrections.size());
    }

    public record Training(int examples, int corrections) { }
}
