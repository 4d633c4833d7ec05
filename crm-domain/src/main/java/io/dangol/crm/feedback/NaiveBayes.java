package io.dangol.crm.feedback;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A multinomial naive Bayes text classifier over binarised features (a feature counts once per text; Wang &amp;
 * Manning 2012 show this is a strong baseline for sentiment), with add-α smoothing. Features seen in fewer than
 * {@code minCount} training texts are dropped, which keeps the model small. Naive Bayes counts every one of a
 * text's overlapping n-grams as independent evidence, so its raw posterior is nearly always 0 or 1; the confidence
 * reported is the posterior with the log-scores tempered by the square root of the number of known features in the
 * text — a ranking of how sure the model is (low values deserve a look), not a calibrated probability.
 *
 * @param <L> the labels
 */
public final class NaiveBayes<L extends Enum<L>> {

    /** A text's features with its label. */
    public record Example<L>(Set<String> features, L label) {

        public Example {
            Objects.requireNonNull(features, "features");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The most probable label and its posterior probability. */
    public record Prediction<L>(L label, double confidence) { }

    private final L[] labels;
    private final double[] logPrior;
    private final double[] logUnseen;
    private final Map<String, double[]> logLikelihood;

    private NaiveBayes(L[] labels, double[] logPrior, double[] logUnseen, Map<String, double[]> logLikelihood) {
        this.labels = labels;
        this.logPrior = logPrior;
        this.logUnseen = logUnseen;
        this.logLikelihood = logLikelihood;
    }

    public static <L extends Enum<L>> NaiveBayes<L> train(Class<L> type, Collection<Example<L>> examples, double alpha,
                                                         int minCount) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("a model needs examples to learn from");
        }
        L[] all = type.getEnumConstants();
        int k = all.length;
        long[] docs = new long[k];
        Map<String, long[]> counts = new HashMap<>();
        for (Example<L> example : examples) {
            int c = example.label().ordinal();
            docs[c]++;
            for (String feature : example.features()) {
                counts.computeIfAbsent(feature, f -> new long[k])[c]++;
            }
        }
        counts.values().removeIf(perLabel -> total(perLabel) < minCount);
        long[] featureTotals = new long[k];
        counts.values().forEach(perLabel -> {
            for (int c = 0; c < k; c++) {
                featureTotals[c] += perLabel[c];
            }
        });
        int vocabulary = counts.size() + 1;
        double[] logPrior = new double[k];
        double[] logUnseen = new double[k];
        for (int c = 0; c < k; c++) {
            // a label without examples is never chosen
            logPrior[c] = docs[c] == 0 ? Double.NEGATIVE_INFINITY : Math.log((double) docs[c] / examples.size());
            logUnseen[c] = Math.log(alpha / (featureTotals[c] + alpha * vocabulary));
        }
        Map<String, double[]> logLikelihood = new HashMap<>(counts.size() * 2);
        counts.forEach((feature, perLabel) -> {
            double[] logs = new double[k];
            for (int c = 0; c < k; c++) {
                logs[c] = Math.log((perLabel[c] + alpha) / (featureTotals[c] + alpha * vocabulary));
            }
            logLikelihood.put(feature, logs);
        });
        return new NaiveBayes<>(all, logPrior, logUnseen, logLikelihood);
    }

    public Prediction<L> predict(Set<String> features) {
        int k = labels.length;
        double[] score = logPrior.clone();
        int known = 0;
        for (String feature : features) {
            double[] logs = logLikelihood.get(feature);
            if (logs != null) {
                known++;
                for (int c = 0; c < k; c++) {
                    score[c] += logs[c];
                }
            }
        }
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (score[c] > score[best]) {
                best = c;
            }
        }
        double temper = Math.sqrt(Math.max(1, known));
        double sum = 0;
        for (int c = 0; c < k; c++) {
            sum += Double.isInfinite(score[c]) ? 0 : Math.exp((score[c] - score[best]) / temper);
        }
        return new Prediction<>(labels[best], 1 / sum);
    }

    /** How many features the model kept. */
    public int size() {
        return logLikelihood.size();
    }

    /** The share of examples the model labels as they are labelled. */
    public double accuracy(List<Example<L>> test) {
        return test.stream().filter(e -> predict(e.features()).label() == e.label()).count() / (double) test.size();
    }

    private static long total(long[] perLabel) {
        long sum = 0;
        for (long n : perLabel) {
            sum += n;
        }
        return sum;
    }
}
