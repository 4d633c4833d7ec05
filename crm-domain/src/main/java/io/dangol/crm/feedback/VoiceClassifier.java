package io.dangol.crm.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Suggests the sentiment and the category of a customer's message, offline: two naive Bayes models over
 * {@link VoiceFeatures}, trained when the app starts from {@link VoiceSample}s. Staff correct a suggestion in one
 * click; the corrections join the next training. See docs/voice.md for the method and its measured accuracy.
 */
public final class VoiceClassifier {

    /** Add-α smoothing; chosen on NSMC's training half (0.1–1 differ by less than half a point). */
    static final double ALPHA = 0.1;
    /** Above this many examples, features seen once are dropped: it halves the model and costs no accuracy. */
    static final int LARGE = 5_000;

    /** What the classifier suggests for one text, each with the model's confidence (0–1). */
    public record Suggestion(Sentiment sentiment, double sentimentConfidence, VoiceCategory category,
                             double categoryConfidence) { }

    private final NaiveBayes<Sentiment> sentiment;
    private final NaiveBayes<VoiceCategory> category;
    private final int examples;

    private VoiceClassifier(NaiveBayes<Sentiment> sentiment, NaiveBayes<VoiceCategory> category, int examples) {
        this.sentiment = sentiment;
        this.category = category;
        this.examples = examples;
    }

    /**
     * Trains on the samples: all of them for sentiment, those with a category for the category (when none has one —
     * a sentiment corpus alone — the category is learnt from the shipped sample).
     */
    public static VoiceClassifier train(Collection<VoiceSample> samples) {
        if (!samples.isEmpty() && samples.stream().noneMatch(s -> s.category().isPresent())) {
            List<VoiceSample> withCategories = new java.util.ArrayList<>(samples);
            withCategories.addAll(VoiceSample.shipped().stream()
                    .map(s -> new VoiceSample(s.text(), s.language(), s.sentiment(), s.category())).toList());
            return train(samples, withCategories.stream().filter(s -> s.category().isPresent()).toList());
        }
        return train(samples, samples);
    }

    private static VoiceClassifier train(Collection<VoiceSample> samples, Collection<VoiceSample> categorised) {
        List<Labelled> featured = samples.parallelStream().map(s -> new Labelled(VoiceFeatures.of(s.text()), s)).toList();
        List<NaiveBayes.Example<Sentiment>> bySentiment = featured.stream()
                .map(l -> new NaiveBayes.Example<>(l.features(), l.sample().sentiment())).toList();
        List<NaiveBayes.Example<VoiceCategory>> byCategory = categorised.stream().filter(s -> s.category().isPresent())
                .map(s -> new NaiveBayes.Example<>(VoiceFeatures.of(s.text()), s.category().get())).toList();
        return new VoiceClassifier(NaiveBayes.train(Sentiment.class, bySentiment, ALPHA, minCount(bySentiment.size())),
                NaiveBayes.train(VoiceCategory.class, byCategory, ALPHA, minCount(byCategory.size())), samples.size());
    }

    /** The shipped sample only: what the {@code classify} command and a fresh install use. */
    public static VoiceClassifier shipped() {
        return train(VoiceSample.shipped());
    }

    public Suggestion suggest(String text) {
        Set<String> features = VoiceFeatures.of(text);
        NaiveBayes.Prediction<Sentiment> s = sentiment.predict(features);
        NaiveBayes.Prediction<VoiceCategory> c = category.predict(features);
        return new Suggestion(s.label(), s.confidence(), c.label(), c.confidence());
    }

    /** How many texts it learnt from. */
    public int examples() {
        return examples;
    }

    private static int minCount(int examples) {
        return examples > LARGE ? 2 : 1;
    }

    private record Labelled(Set<String> features, VoiceSample sample) { }
}
