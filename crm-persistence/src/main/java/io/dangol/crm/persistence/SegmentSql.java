package io.dangol.crm.persistence;

import io.dangol.crm.shared.AnniversaryWindow;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.segment.SegmentSort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A segment filter as SQL over {@code customer_score s} (the latest scores), with named parameters. Conditions on
 * the score table come first so that one stage or one RFM segment is read through its index in CLV order;
 * conditions on the customer's record are correlated subqueries, evaluated only for the customers left. Shared by
 * the segment lists and the campaign exports, which select the same customers.
 */
public final class SegmentSql {

    /** How far back a first purchase can have an anniversary that the segment finds. */
    static final int ANNIVERSARY_YEARS = 30;

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean needsCustomer;

    public SegmentSql(SegmentFilter filter, LocalDate today, ZoneId zone) {
        oneOrAny("s.stage", "stages", filter.stages().stream().map(Enum::name).sorted().toList());
        oneOrAny("s.segment", "segments", filter.rfmSegments().stream().map(Enum::name).sorted().toList());
        filter.recency().ifPresent(range -> between("s.r_score", "r", range));
        filter.frequency().ifPresent(range -> between("s.f_score", "f", range));
        filter.monetary().ifPresent(range -> between("s.m_score", "m", range));
        filter.clvMin().ifPresent(value -> add("s.predicted_clv >= :clvMin", "clvMin", value));
        filter.clvMax().ifPresent(value -> add("s.predicted_clv <= :clvMax", "clvMax", value));
        filter.aliveMinPercent().ifPresent(value -> add("s.p_alive >= :aliveMin", "aliveMin", percent(value)));
        filter.aliveMaxPercent().ifPresent(value -> add("s.p_alive <= :aliveMax", "aliveMax", percent(value)));
        filter.boughtWithinDays().ifPresent(days -> add("s.recency_days <= :boughtWithin", "boughtWithin", days));
        filter.silentForDays().ifPresent(days -> add("s.recency_days >= :silentFor", "silentFor", days));
        if (filter.atRisk()) {
            conditions.add("s.at_risk");
        }
        if (filter.negativeContribution()) {
            conditions.add("s.profit_contribution < 0");
        }
        if (!filter.tags().isEmpty()) {
            needsCustomer = true;
            add("c.tags && cast(:tags as text[])", "tags", filter.tags().toArray(String[]::new));
        }
        filter.favouriteChannel().ifPresent(channel -> add("""
                (select o.channel from customer_order o where o.customer_id = s.customer_id
                 group by o.channel order by count(*) desc, o.channel limit 1) = :channel""", "channel", channel.name()));
        filter.region().ifPresent(region -> {
            // the province (its start: 서울 → 서울특별시) and, when given, the district as a whole word — never a prefix of
            // the rest of the address, which would rebuild a masked address letter by letter
            String[] words = region.split(" ");
            String address = "regexp_replace(p.value, '^\\(\\d{5}\\)\\s*', '')";
            add("""
                    exists (select 1 from contact_point p where p.customer_id = s.customer_id and p.kind = 'POSTAL'
                            and p.retired_at is null and split_part(%1$s, ' ', 1) like :regionArea escape '\\'%2$s)"""
                    .formatted(address, words.length > 1 ? " and split_part(" + address + ", ' ', 2) = :regionDistrict" : ""),
                    "regionArea", likePrefix(words[0]));
            if (words.length > 1) {
                parameters.put("regionDistrict", words[1]);
            }
        });
        filter.consent().ifPresent(consent -> {
            parameters.put("consentChannel", consent.channel().name());
            parameters.put("consentPurpose", consent.purpose().name());
            conditions.add(CURRENT_CONSENT.formatted("s.customer_id"));
        });
        filter.contactedWithinDays().ifPresent(days -> add("""
                exists (select 1 from contact t where t.customer_id = s.customer_id
                        and t.happened_at >= :contactedSince)""", "contactedSince",
                java.sql.Timestamp.from(today.minusDays(days).atStartOfDay(zone).toInstant())));
        filter.anniversaryWithinDays().ifPresent(days -> anniversaries(new AnniversaryWindow(today, days), zone));
    }

    /** Parameters: consentChannel, consentPurpose; the customer id column is formatted in. */
    static final String CURRENT_CONSENT = """
            exists (select 1 from current_consent k where k.customer_id = %s and k.channel = :consentChannel
                    and k.purpose = :consentPurpose and k.status = 'GRANTED')""";

    private void anniversaries(AnniversaryWindow window, ZoneId zone) {
        conditions.add("""
                s.customer_id in (
                    select e.customer_id from customer_event e
                    %s
                    where e.kind in ('BIRTHDAY', 'WEDDING_ANNIVERSARY')
                    union
                    select o.customer_id from customer_order o where %s)""".formatted(
                AnniversarySql.eventDays(window, parameters),
                AnniversarySql.firstOrders(window, ANNIVERSARY_YEARS, zone, parameters)));
    }

    private void oneOrAny(String column, String name, List<String> values) {
        if (values.size() == 1) {
            add(column + " = :" + name, name, values.get(0));
        } else if (!values.isEmpty()) {
            add(column + " = any(cast(:" + name + " as text[]))", name, values.toArray(String[]::new));
        }
    }

    private void between(String column, String name, SegmentFilter.ScoreRange range) {
        conditions.add(column + " between :" + name + "Min and :" + name + "Max");
        parameters.put(name + "Min", range.from());
        parameters.put(name + "Max", range.to());
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private static BigDecimal percent(int value) {
        return BigDecimal.valueOf(value).movePointLeft(2);
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** {@code from customer_score s [join customer c] where ...} */
    public String from() {
        return "from customer_score s" + (needsCustomer ? " join customer c on c.id = s.customer_id" : "")
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** True when the filter is one ladder stage or one RFM segment and nothing else: the run stored its totals. */
    public static boolean isStoredSlice(SegmentFilter filter) {
        return (filter.stages().size() == 1 && filter.withStages(Set.of()).isEveryone())
                || (filter.rfmSegments().size() == 1 && filter.withRfmSegments(Set.of()).isEveryone());
    }

    /**
     * The ORDER BY of a sort. Descending CLV within a stage or RFM segment reads its index forwards, ascending reads
     * it backwards: hence the tie-break by customer id runs against the direction.
     */
    public static String orderBy(SegmentSort sort, boolean descending) {
        String direction = descending ? " desc" : " asc";
        String nulls = descending ? " nulls last" : " nulls first";
        String tie = ", s.customer_id" + (descending ? " asc" : " desc");
        return switch (sort) {
            case CLV -> "s.predicted_clv" + direction + nulls + tie;
            case P_ALIVE -> "s.p_alive" + direction + nulls + tie;
            case LAST_PURCHASE -> "s.recency_days" + (descending ? " asc nulls last" : " desc nulls first") + tie;
            case PROFIT -> "s.profit_contribution" + direction + tie;
            case STAGE -> "array_position(array['PROSPECT', 'BUYER', 'IDENTIFIED', 'CORE'], s.stage)" + direction + tie;
            case RFM -> "s.r_score" + direction + nulls + ", s.f_score" + direction + nulls + ", s.m_score" + direction
                    + nulls + tie;
        };
    }
}
