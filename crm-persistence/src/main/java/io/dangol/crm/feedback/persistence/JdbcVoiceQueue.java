package io.dangol.crm.feedback.persistence;

import io.dangol.crm.contact.Department;
import io.dangol.crm.feedback.FeedbackChannel;
import io.dangol.crm.feedback.FeedbackStatus;
import io.dangol.crm.feedback.Sentiment;
import io.dangol.crm.feedback.ThemeStatus;
import io.dangol.crm.feedback.VoiceCategory;
import io.dangol.crm.feedback.VoiceQueue;
import io.dangol.crm.ladder.LadderStage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox in one statement per page: newest first over the partial index of open items, joined to the customer
 * for name, stage and the core-customer flag; a page asks for one row more to know whether another follows.
 */
@Repository
@Transactional(readOnly = true)
class JdbcVoiceQueue implements VoiceQueue {

    private static final String ROW = """
            select f.id, f.channel, f.author, f.text, f.received_at, f.customer_id, c.name, c.ladder_stage, f.sentiment,
                   f.category, f.corrected_by is not null, f.status, f.due_at,
                   (f.status in ('NEW', 'ASSIGNED') and f.due_at < :now) as overdue,
                   (f.sentiment = 'NEGATIVE' and c.ladder_stage = 'CORE') as flagged,
                   coalesce(u.display_name, u.username), f.theme_id
            from feedback f
            left join customer c on c.id = f.customer_id
            left join app_user u on u.id = f.assignee_id
            """;

    private final JdbcClient jdbc;

    JdbcVoiceQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page page(Filter filter, Instant now, int page, int size) {
        List<String> where = new ArrayList<>(List.of("(c.id is null or c.erased_at is null)"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", Timestamp.from(now));
        if (filter.open()) {
            where.add("f.status <> 'RESOLVED'");
        }
        filter.status().ifPresent(s -> {
            where.add("f.status = :status");
            params.put("status", s.name());
        });
        filter.channel().ifPresent(c -> {
            where.add("f.channel = :channel");
            params.put("channel", c.name());
        });
        filter.sentiment().ifPresent(s -> {
            where.add("f.sentiment = :sentiment");
            params.put("sentiment", s.name());
        });
        filter.category().ifPresent(c -> {
            where.add("f.category = :category");
            params.put("category", c.name());
        });
        if (filter.unlinkedOnly()) {
            where.add("f.customer_id is null");
        }
        if (filter.flaggedOnly()) {
            where.add("f.sentiment = 'NEGATIVE' and c.ladder_stage = 'CORE'");
        }
        filter.assignee().ifPresent(a -> {
            where.add("f.assignee_id = :assignee");
            params.put("assignee", a);
        });
        params.put("limit", size + 1);
        params.put("offset", (long) (page - 1) * size);
        List<Row> rows = jdbc.sql(ROW + " where " + String.join(" and ", where)
                        + " order by f.received_at desc, f.id desc limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs)).list();
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, page, hasNext);
    }

    @Override
    public Optional<ItemView> view(long id, Instant now) {
        return jdbc.sql(ROW.replace("from feedback f", """
                        , f.link, f.language, f.suggested_sentiment, f.suggested_category, f.sentiment_confidence,
                               f.category_confidence, f.answer, f.answered_at, f.resolved_at, f.recorded_by, t.title, u.username,
                               f.team, f.corrected_by
                        from feedback f""").replace("left join app_user u on u.id = f.assignee_id", """
                        left join app_user u on u.id = f.assignee_id
                        left join voice_theme t on t.id = f.theme_id""")
                        + " where f.id = :id and (c.id is null or c.erased_at is null)")
                .param("id", id).param("now", Timestamp.from(now))
                .query((rs, n) -> new ItemView(row(rs), rs.getString(18), rs.getString(19),
                        Optional.ofNullable(rs.getString(20)).map(Sentiment::valueOf),
                        Optional.ofNullable(rs.getString(21)).map(VoiceCategory::valueOf),
                        Optional.ofNullable(rs.getBigDecimal(22)).map(java.math.BigDecimal::doubleValue),
                        Optional.ofNullable(rs.getBigDecimal(23)).map(java.math.BigDecimal::doubleValue), rs.getString(24),
                        instant(rs, 25), instant(rs, 26), rs.getString(27), Optional.ofNullable(rs.getString(28)),
                        Optional.ofNullable(rs.getString(29)), Optional.ofNullable(rs.getString(30)).map(Department::valueOf),
                        Optional.ofNullable(rs.getString(31))))
                .optional();
    }

    @Override
    public List<ThemeRow> themes() {
        return jdbc.sql(THEME + " group by t.id, u.display_name, u.username order by t.status = 'DONE', t.created_at desc, t.id desc")
                .query((rs, n) -> theme(rs)).list();
    }

    private static final String THEME = """
            select t.id, t.title, t.category, t.status, coalesce(u.display_name, u.username), t.decision, t.action, t.created_at,
                   t.decided_at, t.done_at, count(f.id), count(f.id) filter (where f.sentiment = 'NEGATIVE')
            from voice_theme t
            left join app_user u on u.id = t.owner_id
            left join feedback f on f.theme_id = t.id
            """;

    @Override
    public Optional<ThemeView> theme(long id, Instant now) {
        Optional<ThemeRow> theme = jdbc.sql(THEME + " where t.id = :id group by t.id, u.display_name, u.username")
                .param("id", id).query((rs, n) -> theme(rs)).optional();
        return theme.map(t -> new ThemeView(t, jdbc.sql(ROW + " where f.theme_id = :id and (c.id is null or c.erased_at is null)"
                        + " order by f.received_at desc, f.id desc limit 500")
                .param("id", id).param("now", Timestamp.from(now)).query((rs, n) -> row(rs)).list()));
    }

    @Override
    public List<Unthemed> unthemed(Instant since, int limit) {
        return jdbc.sql("""
                select id, category, sentiment, text from feedback
                where theme_id is null and category is not null and received_at >= ? and text <> ''
                  and (sentiment = 'NEGATIVE' or category = 'SUGGESTION')
                order by received_at desc limit ?""")
                .params(Timestamp.from(since), limit)
                .query((rs, n) -> new Unthemed(rs.getLong(1), VoiceCategory.valueOf(rs.getString(2)),
                        Sentiment.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    @Override
    public Dashboard dashboard(Instant since, Instant now) {
        Timestamp from = Timestamp.from(since);
        List<Week> weeks = jdbc.sql("""
                select (date_trunc('week', received_at at time zone 'Asia/Seoul'))::date,
                       count(*) filter (where sentiment = 'POSITIVE'), count(*) filter (where sentiment = 'NEUTRAL'),
                       count(*) filter (where sentiment = 'NEGATIVE')
                from feedback where received_at >= ? group by 1 order by 1""")
                .param(from).query((rs, n) -> new Week(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        List<Count> byChannel = counts("f.channel", "", from);
        List<Count> byCategory = counts("coalesce(f.category, '')", "", from);
        List<Count> byTheme = counts("t.title", "join voice_theme t on t.id = f.theme_id", from);
        return jdbc.sql("""
                select count(*), count(answered_at), count(*) filter (where answered_at <= due_at),
                       percentile_cont(0.5) within group (order by extract(epoch from answered_at - received_at) / 3600)
                           filter (where answered_at is not null),
                       percentile_cont(0.5) within group (order by extract(epoch from resolved_at - received_at) / 3600)
                           filter (where resolved_at is not null),
                       count(*) filter (where status in ('NEW', 'ASSIGNED') and due_at < ?)
                from feedback where received_at >= ?""")
                .params(Timestamp.from(now), from)
                .query((rs, n) -> new Dashboard(weeks, byChannel, byCategory, byTheme, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Optional.ofNullable((Double) rs.getObject(4)), Optional.ofNullable((Double) rs.getObject(5)), rs.getLong(6)))
                .single();
    }

    private List<Count> counts(String label, String join, Timestamp from) {
        return jdbc.sql("select " + label + ", count(*), count(*) filter (where f.sentiment = 'NEGATIVE') from feedback f " + join
                        + " where f.received_at >= ? group by 1 order by 2 desc, 1 limit 20")
                .param(from).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    private static ThemeRow theme(ResultSet rs) throws SQLException {
        return new ThemeRow(rs.getLong(1), rs.getString(2), VoiceCategory.valueOf(rs.getString(3)), ThemeStatus.valueOf(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                instant(rs, 9), instant(rs, 10), rs.getLong(11), rs.getLong(12));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), FeedbackChannel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), Optional.ofNullable((Long) rs.getObject(6)), Optional.ofNullable(rs.getString(7)),
                Optional.ofNullable(rs.getString(8)).map(LadderStage::valueOf), Sentiment.valueOf(rs.getString(9)),
                Optional.ofNullable(rs.getString(10)).map(VoiceCategory::valueOf), rs.getBoolean(11),
                FeedbackStatus.valueOf(rs.getString(12)), instant(rs, 13), rs.getBoolean(14), rs.getBoolean(15),
                Optional.ofNullable(rs.getString(16)), Optional.ofNullable((Long) rs.getObject(17)));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
