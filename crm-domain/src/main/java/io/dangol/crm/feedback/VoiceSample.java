package io.dangol.crm.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Labelled customer voice to learn from. Dangol ships its own sample ({@code customer-voice.tsv}: a few hundred
 * messages in Korean and English written and labelled for the project, across the six categories and three
 * sentiments); staff corrections are added at each training; a larger sentiment corpus in the NSMC layout
 * ({@code id, document, label} with 1 positive and 0 negative) can be added by setting.
 *
 * @param category empty for texts labelled only with their sentiment (NSMC)
 */
public record VoiceSample(String text, String language, Sentiment sentiment, Optional<VoiceCategory> category) {

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    public VoiceSample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(category, "category");
    }

    /** The sample shipped with Dangol. */
    public static List<VoiceSample> shipped() {
        try (InputStream in = VoiceSample.class.getResourceAsStream("customer-voice.tsv");
             Reader reader = new InputStreamReader(Objects.requireNonNull(in, "customer-voice.tsv"), StandardCharsets.UTF_8)) {
            List<VoiceSample> samples = new ArrayList<>();
            for (CSVRecord row : TSV.parse(reader)) {
                samples.add(new VoiceSample(row.get("text"), row.get("language"), Sentiment.valueOf(row.get("sentiment")),
                        Optional.of(VoiceCategory.valueOf(row.get("category")))));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sentiment corpus in the NSMC layout; rows without text or with another label are skipped. */
    public static List<VoiceSample> nsmc(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<VoiceSample> samples = new ArrayList<>();
            for (CSVRecord row : TSV.parse(reader)) {
                String text = row.isSet("document") ? row.get("document") : "";
                String label = row.isSet("label") ? row.get("label") : "";
                if (!text.isBlank() && (label.equals("0") || label.equals("1"))) {
                    samples.add(new VoiceSample(text, "ko", label.equals("1") ? Sentiment.POSITIVE : Sentiment.NEGATIVE,
                            Optional.empty()));
                }
            }
            return samples;
        }
    }
}
