package io.dangol.crm.app.cli;

import io.dangol.crm.feedback.VoiceClassifier;
import io.dangol.crm.feedback.VoiceEvaluation;
import io.dangol.crm.feedback.VoiceSample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The voice classifier from the command line, without the app or its database: {@code classify} suggests sentiment
 * and category for each line of standard input; {@code voice-evaluate} measures accuracy and speed (bench/voice.sh).
 */
public final class VoiceCommands {

    private VoiceCommands() {
    }

    /** One output line per input line: sentiment, its confidence, category, its confidence, the text; tab-separated. */
    public static int classify(String[] args, InputStream in, PrintStream out) throws IOException {
        VoiceClassifier classifier = VoiceClassifier.train(training(args));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty()) {
                    out.println();
                    continue;
                }
                VoiceClassifier.Suggestion s = classifier.suggest(text);
                out.printf(Locale.ROOT, "%s\t%.2f\t%s\t%.2f\t%s%n", s.sentiment(), s.sentimentConfidence(), s.category(),
                        s.categoryConfidence(), text.replace('\t', ' '));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Held-out NSMC accuracy (trained on its training file, tested on its test file), repeated 5-fold cross-validation
     * on the shipped customer-voice sample, and items classified per second; the last line is the benchmark's.
     */
    public static int evaluate(String[] args, PrintStream out, PrintStream err) throws IOException {
        Optional<Path> nsmc = option(args, "nsmc").map(Path::of);
        if (nsmc.isEmpty() || !Files.isDirectory(nsmc.get())) {
            err.println("voice-evaluate: --nsmc=DIR names the directory with nsmc_train_30k.tsv and nsmc_test_10k.tsv");
            return 2;
        }
        List<VoiceSample> train = VoiceSample.nsmc(nsmc.get().resolve("nsmc_train_30k.tsv"));
        List<VoiceSample> test = VoiceSample.nsmc(nsmc.get().resolve("nsmc_test_10k.tsv"));
        double nsmcAccuracy = VoiceEvaluation.heldOut(train, test);
        out.printf(Locale.ROOT, "nsmc: trained on %d reviews, tested on %d held out: accuracy %.4f%n", train.size(), test.size(),
                nsmcAccuracy);
        List<VoiceSample> shipped = VoiceSample.shipped();
        VoiceEvaluation.CrossValidation cv = VoiceEvaluation.repeatedCrossValidation(shipped, 5, 5);
        out.printf(Locale.ROOT, "customer-voice: %d items, 5-fold cross-validation repeated 5 times: sentiment %.4f, category %.4f%n",
                cv.samples(), cv.sentiment(), cv.category());
        VoiceEvaluation.Speed speed = VoiceEvaluation.speed(VoiceClassifier.train(shipped), test.stream().map(VoiceSample::text).toList());
        out.printf(Locale.ROOT, "speed: %d texts on %d cores: first pass %.3f s, slowest of 3 warm passes %.3f s%n", speed.items(),
                Runtime.getRuntime().availableProcessors(), speed.coldSeconds(), speed.warmSeconds());
        out.printf(Locale.ROOT, "voice: nsmc accuracy %.3f; customer-voice sentiment %.3f; category %.3f; %d items/s%n",
                nsmcAccuracy, cv.sentiment(), cv.category(), Math.round(speed.itemsPerSecond()));
        out.flush();
        return 0;
    }

    /** The shipped sample, and a sentiment corpus in the NSMC layout when {@code --training=FILE} names one. */
    private static List<VoiceSample> training(String[] args) throws IOException {
        List<VoiceSample> samples = new ArrayList<>(VoiceSample.shipped());
        Optional<String> extra = option(args, "training");
        if (extra.isPresent()) {
            samples.addAll(VoiceSample.nsmc(Path.of(extra.get())));
        }
        return samples;
    }

    private static Optional<String> option(String[] args, String name) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Optional.of(arg.substring(name.length() + 3));
            }
        }
        return Optional.empty();
    }
}
