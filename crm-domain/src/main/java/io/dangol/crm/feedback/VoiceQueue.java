package io.dangol.crm.feedback;

import io.dangol.crm.contact.Department;
import io.dangol.crm.ladder.LadderStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The inbox and its themes as staff read them: filtered pages, one item, the themes, and the dashboard's figures. */
public interface VoiceQueue {

    /** Which items a page shows; empty fields do not filter. {@code open} keeps what is not resolved. */
    record Filter(boolean open, Optional<FeedbackStatus> status, Optional<FeedbackChannel> channel,
                  Optional<Sentiment> sentiment, Optional<VoiceCategory> category, boolean unlinkedOnly, boolean flaggedOnly,
                  Optional<Long> assignee) {

        public static Filter openItems() {
            return new Filter(true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false,
                    Optional.empty());
        }
    }

    /**
     * @param flagged negative and about a core customer
     */
    record Row(long id, FeedbackChannel channel, String author, String text, Instant receivedAt, Optional<Long> customerId,
               Optional<String> customerName, Optional<LadderStage> stage, Sentiment sentiment, Optional<VoiceCategory> category,
               boolean corrected, FeedbackStatus status, Optional<Instant> due, boolean overdue, boolean flagged,
               Optional<String> assignee, Optional<Long> themeId) { }

    record Page(List<Row> rows, int page, boolean hasNext) { }

    record ItemView(Row row, String link, String language, Optional<Sentiment> suggestedSentiment,
                    Optional<VoiceCategory> suggestedCategory, Optional<Double> sentimentConfidence,
                    Optional<Double> categoryConfidence, String answer, Optional<Instant> answeredAt,
                    Optional<Instant> resolvedAt, String recordedBy, Optional<String> themeTitle,
                    Optional<String> assigneeUsername, Optional<Department> team, Optional<String> correctedBy) { }

    record ThemeRow(long id, String title, VoiceCategory category, ThemeStatus status, Optional<String> owner, String decision,
                    String action, Instant createdAt, Optional<Instant> decidedAt, Optional<Instant> doneAt, long items,
                    long negative) { }

    record ThemeView(ThemeRow theme, List<Row> items) { }

    /** An item not yet in a theme, for {@link ThemeSuggestions}. */
    record Unthemed(long id, VoiceCategory category, Sentiment sentiment, String text) { }

    record Week(LocalDate start, long positive, long neutral, long negative) { }

    record Count(String label, long total, long negative) { }

    /**
     * @param answeredOnTime answered before the due time (of those answered)
     * @param medianHoursToAnswer from arrival to the answer, in hours (empty when none answered)
     */
    record Dashboard(List<Week> weeks, List<Count> byChannel, List<Count> byCategory, List<Count> byTheme, long items,
                     long answered, long answeredOnTime, Optional<Double> medianHoursToAnswer,
                     Optional<Double> medianHoursToResolve, long openOverdue) { }

    Page page(Filter filter, Instant now, int page, int size);

    Optional<ItemView> view(long id, Instant now);

    List<ThemeRow> themes();

    Optional<ThemeView> theme(long id, Instant now);

    List<Unthemed> unthemed(Instant since, int limit);

    Dashboard dashboard(Instant since, Instant now);
}
