package io.dangol.crm.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How well the voice classifier does on text it has not seen: accuracy on a held-out test set (NSMC's test half,
 * trained on its training half), and stratified k-fold cross-validation on the shipped customer-voice sample (too
 * small to spare a fixed test set). Also how fast it classifies.
 */
public final class VoiceEvaluation {

    private VoiceEvaluation() {
    }

    /** Share of the test texts whose sentiment a classifier trained on {@code train} gets right. */
    public static double heldOut(List<VoiceSample> train, List<VoiceSample> test) {
        VoiceClassifier classifier = VoiceClassifier.train(train);
        long right = test.parallelStream().filter(s -> classifier.suggest(s.text()).sentiment() == s.sentiment()).count();
        return right / (double) test.size();
    }

    /** Cross-validated accuracy of sentiment and category: each sample is predicted by a model trained without it. */
    public record CrossValidation(double sentiment, double category, int samples, int folds) { }

    /** The mean of {@code repeats} cross-validations with different shuffles (one 5-fold split of 300 items varies by ±3 points). */
    public static CrossValidation repeatedCrossValidation(List<VoiceSample> samples, int folds, int repeats) {
        double sentiment = 0;
        double category = 0;
        for (int r = 0; r < repeats; r++) {
            CrossValidation one = crossValidate(samples, folds, 1_000 + r);
            sentiment += one.sentiment();
            category += one.category();
        }
        return new CrossValidation(sentiment / repeats, category / repeats, samples.size(), folds);
    }

    public static CrossValidation crossValidate(List<VoiceSample> samples, int folds, long seed) {
        // stratified: each fold gets its share of every sentiment-and-category pair
        Map<String, List<VoiceSample>> strata = new TreeMap<>(samples.stream().collect(Collectors.groupingBy(
                s -> s.sentiment() + "/" + s.category().map(Enum::name).orElse(""))));
        List<List<VoiceSample>> fold = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            fold.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int next = 0;
        for (List<VoiceSample> stratum : strata.values()) {
            List<VoiceSample> shuffled = new ArrayList<>(stratum);
            Collections.shuffle(shuffled, random);
            for (VoiceSample s : shuffled) {
                fold.get(next++ % folds).add(s);
            }
        }
        long sentimentRight = 0;
        long categoryRight = 0;
        long categorised = 0;
        for (int f = 0; f < folds; f++) {
            List<VoiceSample> train = new ArrayList<>();
            for (int g = 0; g < folds; g++) {
                if (g != f) {
                    train.addAll(fold.get(g));
                }
            }
            VoiceClassifier classifier = VoiceClassifier.train(train);
            for (VoiceSample s : fold.get(f)) {
                VoiceClassifier.Suggestion suggestion = classifier.suggest(s.text());
                sentimentRight += suggestion.sentiment() == s.sentiment() ? 1 : 0;
                if (s.category().isPresent()) {
                    categorised++;
                    categoryRight += suggestion.category() == s.category().get() ? 1 : 0;
                }
            }
        }
        return new CrossValidation(sentimentRight / (double) samples.size(),
                categorised == 0 ? 0 : categoryRight / (double) categorised, samples.size(), folds);
    }

    /** Texts classified per second over all cores, after one warm-up pass; and the first (cold) pass's seconds. */
    public record Speed(double itemsPerSecond, double coldSeconds, double warmSeconds, int items) { }

    public static Speed speed(VoiceClassifier classifier, List<String> texts) {
        long cold = System.nanoTime();
        classifyAll(classifier, texts);
        double coldSeconds = (System.nanoTime() - cold) / 1e9;
        double worst = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            classifyAll(classifier, texts);
            worst = Math.max(worst, (System.nanoTime() - start) / 1e9);
        }
        return new Speed(texts.size() / worst, coldSeconds, worst, texts.size());
    }

    private static void classifyAll(VoiceClassifier classifier, List<String> texts) {
        long positive = texts.parallelStream().map(classifier::suggest).filter(s -> s.sentiment() == Sentiment.POSITIVE).count();
        if (positive < 0) {
            throw new IllegalStateException("unreachable");
        }
    }
}
