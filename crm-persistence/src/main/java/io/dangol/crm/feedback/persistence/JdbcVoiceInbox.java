package io.dangol.crm.feedback.persistence;

import io.dangol.crm.contact.Department;
import io.dangol.crm.feedback.FeedbackChannel;
import io.dangol.crm.feedback.FeedbackStatus;
import io.dangol.crm.feedback.Sentiment;
import io.dangol.crm.feedback.ThemeStatus;
import io.dangol.crm.feedback.VoiceCategory;
import io.dangol.crm.feedback.VoiceClassifier;
import io.dangol.crm.feedback.VoiceDraft;
import io.dangol.crm.feedback.VoiceInbox;
import io.dangol.crm.feedback.VoiceRecord;
import io.dangol.crm.feedback.VoiceSample;
import io.dangol.crm.shared.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcVoiceInbox implements VoiceInbox {

    private final JdbcClient jdbc;

    JdbcVoiceInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> findExternal(String sourceSystem, String externalId) {
        return jdbc.sql("select id from feedback where source_system = ? and external_id = ?").params(sourceSystem, externalId)
                .query(Long.class).optional();
    }

    @Override
    public long record(VoiceDraft.NewVoice v, Optional<CustomerId> customer, VoiceClassifier.Suggestion s, Instant due,
                       Optional<String> sourceSystem, Optional<String> externalId, String by, Instant at) {
        return jdbc.sql("""
                insert into feedback (customer_id, channel, text, sentiment, status, received_at, author, link, language,
                                      category, suggested_sentiment, suggested_category, sentiment_confidence,
                                      category_confidence, due_at, recorded_by, source_system, external_id, team)
                values (?, ?, ?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SERVICE')
                on conflict (source_system, external_id) where external_id is not null do nothing
                returning id""")
                .params(customer.map(CustomerId::value).orElse(null), v.channel().name(), v.text(), s.sentiment().name(),
                        Timestamp.from(v.receivedAt()), v.author(), v.link(), v.language(), s.category().name(),
                        s.sentiment().name(), s.category().name(), confidence(s.sentimentConfidence()),
                        confidence(s.categoryConfidence()), Timestamp.from(due), by, sourceSystem.orElse(null),
                        externalId.orElse(null))
                .query(Long.class).optional()
                .orElseGet(() -> findExternal(sourceSystem.orElseThrow(), externalId.orElseThrow()).orElseThrow());
    }

    private static BigDecimal confidence(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerId> customerByHandle(FeedbackChannel channel, String author) {
        return jdbc.sql("""
                select f.customer_id from feedback f join customer c on c.id = f.customer_id and c.erased_at is null
                where f.channel = ? and f.author = ? and f.customer_id is not null
                order by f.received_at desc limit 1""")
                .params(channel.name(), author).query(Long.class).optional().map(CustomerId::requested);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerId> customerByPoint(String kind, String value) {
        List<Long> ids = jdbc.sql("""
                select distinct p.customer_id from contact_point p join customer c on c.id = p.customer_id and c.erased_at is null
                where p.kind = ? and p.value = ? and p.retired_at is null limit 2""")
                .params(kind, value).query(Long.class).list();
        return ids.size() == 1 ? Optional.of(CustomerId.requested(ids.get(0))) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean customerExists(CustomerId customer) {
        return jdbc.sql("select exists (select 1 from customer where id = ? and erased_at is null)").param(customer.value())
                .query(Boolean.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerId> customerBySource(String sourceSystem, String externalId) {
        return jdbc.sql("""
                select coalesce(x.merged_into, x.id) from customer x
                where x.source_system = ? and x.external_id = ? and (x.erased_at is null or x.merged_into is not null)""")
                .params(sourceSystem, externalId).query(Long.class).optional().map(CustomerId::requested);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VoiceRecord> find(long id) {
        return jdbc.sql("select id, customer_id, channel, author, status, sentiment, category, theme_id from feedback where id = ?")
                .param(id)
                .query((rs, n) -> new VoiceRecord(rs.getLong(1), Optional.ofNullable((Long) rs.getObject(2)).map(CustomerId::requested),
                        FeedbackChannel.valueOf(rs.getString(3)), rs.getString(4), FeedbackStatus.valueOf(rs.getString(5)),
                        Sentiment.valueOf(rs.getString(6)), Optional.ofNullable(rs.getString(7)).map(VoiceCategory::valueOf),
                        Optional.ofNullable((Long) rs.getObject(8))))
                .optional();
    }

    @Override
    public void link(long id, Optional<CustomerId> customer, String by, Instant at) {
        jdbc.sql("update feedback set customer_id = ? where id = ?").params(customer.map(CustomerId::value).orElse(null), id).update();
    }

    @Override
    public void correct(long id, Sentiment sentiment, VoiceCategory category, String by, Instant at) {
        jdbc.sql("update feedback set sentiment = ?, category = ?, corrected_by = ?, corrected_at = ? where id = ?")
                .params(sentiment.name(), category.name(), by, Timestamp.from(at), id).update();
    }

    @Override
    public void assign(long id, FeedbackStatus from, Optional<Long> assigneeUserId, Department team, String by, Instant at) {
        jdbc.sql("""
                update feedback set assignee_id = ?, team = ?,
                       status = case when status = 'NEW' then 'ASSIGNED' else status end
                where id = ?""")
                .params(assigneeUserId.orElse(null), team.name(), id).update();
    }

    @Override
    public boolean answered(long id, FeedbackStatus from, String answer, Optional<Long> contactId, String by, Instant at) {
        return jdbc.sql("""
                update feedback set status = 'ANSWERED', answer = ?, answered_at = coalesce(answered_at, ?),
                       answer_contact_id = coalesce(?, answer_contact_id)
                where id = ? and status = ?""")
                .params(answer, Timestamp.from(at), contactId.orElse(null), id, from.name()).update() == 1;
    }

    @Override
    public boolean move(long id, FeedbackStatus from, FeedbackStatus to, String by, Instant at) {
        return jdbc.sql("""
                update feedback set status = ?, resolved_at = case when ? = 'RESOLVED' then ?::timestamptz end
                where id = ? and status = ?""")
                .params(to.name(), to.name(), Timestamp.from(at), id, from.name()).update() == 1;
    }

    @Override
    public void theme(long id, Optional<Long> themeId) {
        jdbc.sql("update feedback set theme_id = ? where id = ?").params(themeId.orElse(null), id).update();
    }

    @Override
    public long openTheme(String title, VoiceCategory category, Optional<Long> ownerUserId, String by, Instant at) {
        return jdbc.sql("""
                insert into voice_theme (title, category, owner_id, created_by, created_at) values (?, ?, ?, ?, ?) returning id""")
                .params(title, category.name(), ownerUserId.orElse(null), by, Timestamp.from(at)).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ThemeRecord> findTheme(long themeId) {
        return jdbc.sql("select id, title, category, status from voice_theme where id = ?").param(themeId)
                .query((rs, n) -> new ThemeRecord(rs.getLong(1), rs.getString(2), VoiceCategory.valueOf(rs.getString(3)),
                        ThemeStatus.valueOf(rs.getString(4))))
                .optional();
    }

    @Override
    public void decideTheme(long themeId, ThemeStatus status, String decision, String action, Optional<Long> ownerUserId,
                            Instant at) {
        jdbc.sql("""
                update voice_theme set status = ?, decision = ?, action = ?, owner_id = coalesce(?, owner_id),
                       decided_at = case when ? <> 'OPEN' then coalesce(decided_at, ?) end,
                       done_at = case when ? = 'DONE' then coalesce(done_at, ?) end
                where id = ?""")
                .params(status.name(), decision, action, ownerUserId.orElse(null), status.name(), Timestamp.from(at),
                        status.name(), Timestamp.from(at), themeId)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Unclassified> unclassified(int limit) {
        return jdbc.sql("select id, text from feedback where category is null order by id limit ?").param(limit)
                .query((rs, n) -> new Unclassified(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public void suggested(long id, VoiceClassifier.Suggestion s) {
        jdbc.sql("""
                update feedback set category = ?, suggested_category = ?, suggested_sentiment = ?, sentiment_confidence = ?,
                       category_confidence = ?
                where id = ? and category is null""")
                .params(s.category().name(), s.category().name(), s.sentiment().name(), confidence(s.sentimentConfidence()),
                        confidence(s.categoryConfidence()), id)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<VoiceSample> corrections() {
        return jdbc.sql("select text, language, sentiment, category from feedback where corrected_by is not null and text <> ''")
                .query((rs, n) -> new VoiceSample(rs.getString(1), rs.getString(2), Sentiment.valueOf(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)).map(VoiceCategory::valueOf)))
                .list();
    }
}
