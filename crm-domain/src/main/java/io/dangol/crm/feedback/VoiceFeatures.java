package io.dangol.crm.feedback;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * What the voice classifier looks at in a text: the morphemes Lucene Nori finds (every part of speech kept —
 * the default Korean analyzer drops adverbs such as 안, 별로, 너무 and endings, which carry most of the sentiment),
 * pairs of neighbouring morphemes (so "안 좋" differs from "좋"), and character bigrams and trigrams, which catch
 * misspellings, slang and words the dictionary does not know. English text goes through the same tokenizer (as
 * foreign-language tokens) and the same n-grams. Each feature counts once per text.
 *
 * <p>One instance per thread: Nori's tokenizer is reused between texts but not shareable.
 */
public final class VoiceFeatures {

    private static final java.util.regex.Pattern REPEATS = java.util.regex.Pattern.compile("(.)\\1{2,}");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    private static final ThreadLocal<VoiceFeatures> PER_THREAD = ThreadLocal.withInitial(VoiceFeatures::new);

    private final KoreanTokenizer tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null,
            KoreanTokenizer.DecompoundMode.DISCARD, false, true);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    /** English words too common to name a theme. */
    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "this", "that", "was", "are", "you", "your",
            "have", "has", "not", "but", "all", "can", "please", "after", "again", "from", "very", "too", "just", "what",
            "when", "how", "did", "does", "will", "would", "could", "there", "they", "them", "their", "our", "its", "it's");

    private VoiceFeatures() {
    }

    /** The features of one text, for the calling thread. */
    public static Set<String> of(String text) {
        return PER_THREAD.get().extract(text);
    }

    /** Lower case, compatibility forms folded (full-width letters, half-width jamo), runs of a letter cut to two (ㅋㅋㅋㅋ → ㅋㅋ). */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return BLANKS.matcher(REPEATS.matcher(folded).replaceAll("$1$1")).replaceAll(" ").strip();
    }

    private Set<String> extract(String text) {
        String clean = normalise(text);
        Set<String> features = new HashSet<>(clean.length() * 6);
        List<String> morphemes = morphemes(clean);
        String previous = "^";
        for (String m : morphemes) {
            features.add("m:" + m);
            features.add("b:" + previous + "_" + m);
            previous = m;
        }
        if (!morphemes.isEmpty()) {
            features.add("b:" + previous + "_$");
        }
        String padded = " " + clean + " ";
        for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                String gram = padded.substring(i, i + n);
                if (!gram.isBlank()) {
                    features.add("c:" + gram);
                }
            }
        }
        return features;
    }

    /**
     * The words a text is about — Nori's nouns (common and proper) and foreign words, two letters or more — for
     * grouping messages into themes.
     */
    public static Set<String> terms(String text) {
        return PER_THREAD.get().nouns(normalise(text));
    }

    private Set<String> nouns(String text) {
        Set<String> found = new java.util.LinkedHashSet<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                POS.Tag tag = pos.getLeftPOS();
                String word = term.toString();
                if ((tag == POS.Tag.NNG || tag == POS.Tag.NNP || tag == POS.Tag.SL) && word.codePointCount(0, word.length()) >= 2
                        && !COMMON.contains(word)) {
                    found.add(word);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private List<String> morphemes(String text) {
        List<String> found = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                found.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
