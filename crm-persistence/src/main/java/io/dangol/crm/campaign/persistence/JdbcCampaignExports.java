package io.dangol.crm.campaign.persistence;

import io.dangol.crm.persistence.ControlDraw;
import io.dangol.crm.persistence.SegmentSql;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExportStore;
import io.dangol.crm.campaign.CampaignRequest;
import io.dangol.crm.campaign.CampaignRow;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.ControlGroup;
import io.dangol.crm.shared.BusinessZone;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign exports, set-based: the segment's customers are classified once into a temporary table (consent,
 * address, frequency cap, fatigue), the members are drawn into touched and held out per stratum, the export and one
 * campaign touch per touched member are written from it, and the file is streamed back from those touches with a
 * server-side cursor.
 */
@Repository
class JdbcCampaignExports implements CampaignExportStore {

    private static final int FETCH_SIZE = 2_000;
    private static final Duration CAP_WINDOW = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;
    private final BusinessZone zone;

    JdbcCampaignExports(JdbcClient jdbc, DataSource dataSource, Clock clock, BusinessZone zone) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.clock = clock;
        this.zone = zone;
    }

    /** The contact point kind that carries a channel; push needs none (the app knows the customer). */
    static Optional<String> addressKind(ConsentChannel channel) {
        return switch (channel) {
            case EMAIL -> Optional.of("EMAIL");
            case SMS, PHONE -> Optional.of("PHONE");
            case POST -> Optional.of("POSTAL");
            case PUSH -> Optional.empty();
        };
    }

    @Override
    @Transactional
    public CampaignExport record(CampaignRequest request, CampaignSettings rules, Instant at) {
        SegmentSql segment = new SegmentSql(request.filter(), zone.today(clock), zone.zone());
        Optional<String> kind = addressKind(request.channel());
        jdbc.sql("""
                create temporary table campaign_pick on commit drop as
                select m.customer_id,
                       case when not exists (select 1 from current_consent k
                                             where k.customer_id = m.customer_id and k.channel = :exportChannel
                                               and k.purpose = :exportPurpose and k.status = 'GRANTED') then 'NO_CONSENT'
                            when %s then 'NO_ADDRESS'
                            when (select count(*) from contact t where t.customer_id = m.customer_id
                                  and t.purpose = 'CAMPAIGN' and t.happened_at >= :capSince) >= :cap then 'CAPPED'
                            when :excludeFatigued and (select count(distinct k.id) from campaign_member cm
                                  join campaign_export e on e.id = cm.export_id
                                  join consent k on k.customer_id = cm.customer_id and k.status = 'WITHDRAWN'
                                   and k.at > e.at and k.at <= e.at + make_interval(days => :fatigueDays)
                                  where cm.customer_id = m.customer_id and not cm.held_out) >= :fatigueLimit then 'FATIGUED'
                            else 'EXPORT' end as verdict
                from (select s.customer_id %s) m""".formatted(
                        kind.isPresent() ? "not exists (select 1 from contact_point p where p.customer_id = m.customer_id "
                                + "and p.kind = :addressKind and p.retired_at is null)" : "false",
                        segment.from()))
                .params(segment.parameters())
                .param("exportChannel", request.channel().name())
                .param("exportPurpose", request.purpose().name())
                .param("capSince", Timestamp.from(at.minus(CAP_WINDOW)))
                .param("cap", rules.campaignCapPer30Days())
                .param("excludeFatigued", rules.excludeFatigued())
                .param("fatigueDays", rules.fatigueDays())
                .param("fatigueLimit", rules.fatigueLimit())
                .param("addressKind", kind.orElse(""))
                .update();
        long id = jdbc.sql("""
                insert into campaign_export (at, username, segment_name, filter, channel, purpose, reason, exported,
                                             left_no_consent, left_no_address, left_capped, left_fatigued,
                                             control_percent, control_seed, cost_per_contact)
                select ?, ?, ?, ?, ?, ?, ?, 0,
                       count(*) filter (where verdict = 'NO_CONSENT'), count(*) filter (where verdict = 'NO_ADDRESS'),
                       count(*) filter (where verdict = 'CAPPED'), count(*) filter (where verdict = 'FATIGUED'), ?, ?, ?
                from campaign_pick
                returning id""")
                .params(Timestamp.from(at), request.username(), request.segmentName(), request.filter().toQueryString(),
                        request.channel().name(), request.purpose().name(), request.reason(), request.control().percent(),
                        request.control().seed(), request.costPerContact().isPresent() ? request.costPerContact().getAsLong() : null)
                .query(Long.class).single();
        // the control group, per stratum (ladder stage, RFM segment), drawn as the domain draws it
        jdbc.sql("""
                insert into campaign_member (export_id, customer_id, held_out, stage, segment)
                select :id, p.customer_id, %s, c.ladder_stage, s.segment
                from campaign_pick p
                join customer c on c.id = p.customer_id
                left join customer_score s on s.customer_id = p.customer_id
                where p.verdict = 'EXPORT'""".formatted(ControlDraw.heldOut(":seed", "p.customer_id",
                        "c.ladder_stage, s.segment", ":percent")))
                .param("id", id).param("seed", request.control().seed()).param("percent", request.control().percent())
                .update();
        jdbc.sql("""
                insert into contact (customer_id, channel, direction, purpose, department, note, happened_at, campaign_export_id)
                select customer_id, ?, 'OUTBOUND', 'CAMPAIGN', 'MARKETING', ?, ?, ? from campaign_member
                where export_id = ? and not held_out""")
                .params(request.channel().name(), request.reason(), Timestamp.from(at), id, id)
                .update();
        jdbc.sql("""
                update campaign_export e set exported = m.touched, held_out = m.held
                from (select count(*) filter (where not held_out) as touched, count(*) filter (where held_out) as held
                      from campaign_member where export_id = ?) m
                where e.id = ?""").params(id, id).update();
        jdbc.sql("drop table campaign_pick").update();
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachRow(long exportId, Consumer<CampaignRow> row) {
        CampaignExport export = find(exportId).orElseThrow();
        Optional<String> kind = addressKind(export.channel());
        streaming.query("""
                select t.customer_id, c.name, c.ladder_stage, s.segment,
                       %s as address
                from contact t join customer c on c.id = t.customer_id
                left join customer_score s on s.customer_id = t.customer_id
                where t.campaign_export_id = ?
                order by t.customer_id""".formatted(kind.isPresent()
                        ? "(select p.value from contact_point p where p.customer_id = t.customer_id and p.kind = '"
                                + kind.get() + "' and p.retired_at is null order by p.verified_at desc nulls last, p.id limit 1)"
                        : "''"),
                (ResultSet rs) -> {
                    row.accept(new CampaignRow(rs.getLong(1), rs.getString(2), LadderStage.valueOf(rs.getString(3)),
                            Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)).orElse("")));
                }, exportId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CampaignExport> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(JdbcCampaignExports::export).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CampaignExport> latest(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit ?").param(limit).query(JdbcCampaignExports::export).list();
    }

    private static final String SELECT = """
            select id, at, username, segment_name, filter, channel, purpose, reason, exported, left_no_consent,
                   left_no_address, left_capped, left_fatigued, control_percent, control_seed, held_out, cost_per_contact
            from campaign_export""";

    private static CampaignExport export(ResultSet rs, int n) throws SQLException {
        return new CampaignExport(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), ConsentChannel.valueOf(rs.getString(6)), ConsentPurpose.valueOf(rs.getString(7)),
                rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                new ControlGroup(rs.getInt(14), rs.getLong(15)), rs.getLong(16),
                rs.getObject(17) == null ? OptionalLong.empty() : OptionalLong.of(rs.getLong(17)));
    }
}
