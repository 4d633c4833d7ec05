package io.dangol.crm.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The voice classifier: what it looks at, that it learns, and how well it does on text it has not seen. */
class VoiceClassifierTest {

    private static final VoiceClassifier SHIPPED = VoiceClassifier.shipped();

    @Test
    void theAdverbsThatCarrySentimentAreKept() {
        Set<String> features = VoiceFeatures.of("별로 안 좋아요. 너무 비싸요");
        assertThat(features).contains("m:별로", "m:안", "m:너무", "m:좋", "b:안_좋");
        assertThat(VoiceFeatures.normalise("ㅋㅋㅋㅋㅋ  좋아요!!!!"))
                .isEqualTo(java.text.Normalizer.normalize("ㅋㅋ 좋아요!!", java.text.Normalizer.Form.NFKC));
        assertThat(VoiceFeatures.of("The PARCEL never arrived")).contains("m:parcel", "c:par");
    }

    @Test
    void messagesNotInTheSampleGetTheObviousSuggestion() {
        assertThat(SHIPPED.suggest("택배가 열흘째 안 와요").category()).isEqualTo(VoiceCategory.DELIVERY);
        assertThat(SHIPPED.suggest("택배가 열흘째 안 와요").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(SHIPPED.suggest("점원분이 너무 친절하셨어요").category()).isEqualTo(VoiceCategory.STAFF);
        assertThat(SHIPPED.suggest("점원분이 너무 친절하셨어요").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(SHIPPED.suggest("The price is far too high now").category()).isEqualTo(VoiceCategory.PRICE);
        assertThat(SHIPPED.suggest("포인트 적립이 안 됐어요").category()).isEqualTo(VoiceCategory.PRICE);
        assertThat(SHIPPED.suggest("환불이 한 달째 안 돼요").sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Property(tries = 200)
    void anyTextGetsASuggestionWithAConfidenceBetweenNothingAndCertainty(@ForAll String text) {
        VoiceClassifier.Suggestion s = SHIPPED.suggest(text);
        assertThat(s.sentimentConfidence()).isBetween(0.0, 1.0);
        assertThat(s.categoryConfidence()).isBetween(1.0 / VoiceCategory.values().length, 1.0);
    }

    @Test
    void aLabelWithoutExamplesIsNeverChosen() {
        NaiveBayes<Sentiment> model = NaiveBayes.train(Sentiment.class, List.of(
                new NaiveBayes.Example<>(Set.of("a"), Sentiment.POSITIVE), new NaiveBayes.Example<>(Set.of("b"), Sentiment.NEGATIVE)),
                1, 1);
        assertThat(model.predict(Set.of("zzz")).label()).isNotEqualTo(Sentiment.NEUTRAL);
        assertThat(model.predict(Set.of("a")).label()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void correctionsTeachTheModel() {
        String text = "꿀잼 굿굿 최고최고";
        List<VoiceSample> samples = new java.util.ArrayList<>(VoiceSample.shipped());
        for (int i = 0; i < 5; i++) {
            samples.add(new VoiceSample(text, "ko", Sentiment.POSITIVE, Optional.of(VoiceCategory.SUGGESTION)));
        }
        assertThat(VoiceClassifier.train(samples).suggest(text).category()).isEqualTo(VoiceCategory.SUGGESTION);
    }

    @Test
    void theShippedSampleIsBalancedEnoughToLearnFrom() {
        List<VoiceSample> shipped = VoiceSample.shipped();
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(300);
        for (VoiceCategory category : VoiceCategory.values()) {
            for (String language : List.of("ko", "en")) {
                assertThat(shipped.stream().filter(s -> s.category().orElseThrow() == category && s.language().equals(language)))
                        .as(category + " " + language).hasSizeGreaterThanOrEqualTo(10);
            }
        }
        VoiceEvaluation.CrossValidation cv = VoiceEvaluation.crossValidate(shipped, 5, 1_000);
        assertThat(cv.sentiment()).as("well above a third").isGreaterThan(0.6);
        assertThat(cv.category()).as("well above a sixth").isGreaterThan(0.5);
    }

    @Test
    void onNsmcsHeldOutHalfItIsRightAtLeast85PercentOfTheTime() throws IOException {
        Path nsmc = nsmc();
        double accuracy = VoiceEvaluation.heldOut(VoiceSample.nsmc(nsmc.resolve("nsmc_train_30k.tsv")),
                VoiceSample.nsmc(nsmc.resolve("nsmc_test_10k.tsv")));
        assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
    }

    private static Path nsmc() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Path folder = root == null ? null : root.getParent().resolve("shared/datasets/nsmc");
        if (folder == null || !Files.isDirectory(folder)) {
            String message = "NSMC accuracy: needs the NSMC sample in ../shared/datasets/nsmc beside the project";
            if ("true".equalsIgnoreCase(System.getenv("CRM_REQUIRE_DATASETS"))) {
                throw new IllegalStateException("CRM_REQUIRE_DATASETS=true but it is missing. " + message);
            }
            Assumptions.abort(message + "; skipped");
        }
        return folder;
    }
}
