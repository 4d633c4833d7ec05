package io.dangol.crm.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The inbox's rules that need no database: its states, what a message must hold, and which messages make a theme. */
class VoiceInboxRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void theWayThroughTheInbox() {
        assertThat(FeedbackStatus.NEW.canMoveTo(FeedbackStatus.ASSIGNED)).isTrue();
        assertThat(FeedbackStatus.ASSIGNED.canMoveTo(FeedbackStatus.ANSWERED)).isTrue();
        assertThat(FeedbackStatus.ANSWERED.canMoveTo(FeedbackStatus.RESOLVED)).isTrue();
        assertThat(FeedbackStatus.RESOLVED.canMoveTo(FeedbackStatus.NEW)).isTrue();
        assertThat(FeedbackStatus.RESOLVED.canMoveTo(FeedbackStatus.ANSWERED)).isFalse();
        assertThat(FeedbackStatus.ANSWERED.canMoveTo(FeedbackStatus.NEW)).isFalse();
    }

    @Property
    void nothingMovesToItselfAndOnlyResolvedIsClosed(@ForAll FeedbackStatus from) {
        assertThat(from.canMoveTo(from)).isFalse();
        assertThat(from.open()).isEqualTo(from != FeedbackStatus.RESOLVED);
    }

    @Test
    void aMessageNamesEachProblem() {
        VoiceDraft.Checked checked = new VoiceDraft("PIGEON", "x".repeat(201), " ", "javascript:alert(1)", "yesterday", "korean")
                .check(NOW, SEOUL);
        assertThat(checked.errors()).containsEntry("channel", "voice.error.channel").containsEntry("author", "voice.error.authorTooLong")
                .containsEntry("text", "voice.error.textMissing").containsEntry("link", "voice.error.link")
                .containsEntry("receivedAt", "voice.error.receivedAt").containsEntry("language", "voice.error.language");
        assertThat(new VoiceDraft("SOCIAL", "", "hi", "", "2027-01-01", "").check(NOW, SEOUL).errors())
                .containsEntry("receivedAt", "voice.error.receivedInFuture");
    }

    @Test
    void theLanguageIsGuessedAndTheTimeReadInTheBusinessZone() {
        VoiceDraft.NewVoice korean = new VoiceDraft("APP_REVIEW", " @mj ", "앱이 느려요", "https://x.example/1", "2026-12-01T09:30", "")
                .check(NOW, SEOUL).voice().orElseThrow();
        assertThat(korean.language()).isEqualTo("ko");
        assertThat(korean.author()).isEqualTo("@mj");
        assertThat(korean.receivedAt()).isEqualTo(Instant.parse("2026-12-01T00:30:00Z"));
        assertThat(new VoiceDraft("EMAIL", "", "Too slow", "", "", "").check(NOW, SEOUL).voice().orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void negativeMessagesSharingACategoryAndAWordAreProposedOnce() {
        List<VoiceQueue.Unthemed> items = List.of(
                new VoiceQueue.Unthemed(1, VoiceCategory.DELIVERY, Sentiment.NEGATIVE, "배송이 너무 늦어요"),
                new VoiceQueue.Unthemed(2, VoiceCategory.DELIVERY, Sentiment.NEGATIVE, "배송이 일주일째 안 와요"),
                new VoiceQueue.Unthemed(3, VoiceCategory.DELIVERY, Sentiment.NEGATIVE, "배송 상자가 찌그러졌어요"),
                new VoiceQueue.Unthemed(4, VoiceCategory.DELIVERY, Sentiment.POSITIVE, "배송 빨라요"),
                new VoiceQueue.Unthemed(5, VoiceCategory.PRICE, Sentiment.NEGATIVE, "배송비가 비싸요"));
        List<ThemeSuggestions.Suggested> suggested = ThemeSuggestions.of(items, 3, 10);
        assertThat(suggested).hasSize(1);
        assertThat(suggested.get(0).term()).isEqualTo("배송");
        assertThat(suggested.get(0).category()).isEqualTo(VoiceCategory.DELIVERY);
        assertThat(suggested.get(0).items()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAnswerGoesOutOnTheChannelTheMessageCameBy() {
        assertThat(FeedbackChannel.APP_REVIEW.answeredBy()).isEqualTo(io.dangol.crm.contact.ContactChannel.WEB);
        assertThat(FeedbackChannel.SOCIAL.answeredBy()).isEqualTo(io.dangol.crm.contact.ContactChannel.SOCIAL);
    }
}
