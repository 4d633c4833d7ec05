package io.dangol.crm.customer.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.customer.Moment;
import io.dangol.crm.customer.UpcomingMoment;
import io.dangol.crm.customer.UpcomingMoments;
import io.dangol.crm.persistence.AnniversarySql;
import io.dangol.crm.shared.AnniversaryWindow;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moments from {@code customer_event} (by its month/day index) and first orders whose date falls in the window in
 * a past year (by the order-date index, one range per year), for customers whose latest profiling consent on some
 * channel is a grant.
 */
@Repository
@Transactional(readOnly = true)
class JdbcUpcomingMoments implements UpcomingMoments {

    static final int YEARS_BACK = 30;

    private final JdbcClient jdbc;

    JdbcUpcomingMoments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UpcomingMoment> within(LocalDate today, int days, ZoneId zone, int limit) {
        AnniversaryWindow window = new AnniversaryWindow(today, days);
        Map<String, Object> parameters = new HashMap<>();
        JdbcClient.StatementSpec statement = jdbc.sql("""
                with candidates as (
                    select e.customer_id, e.kind, e.month, e.day, e.year from customer_event e
                    %s
                    where e.kind in ('BIRTHDAY', 'WEDDING_ANNIVERSARY')
                    union all
                    select o.customer_id, 'FIRST_PURCHASE', extract(month from o.ordered_at at time zone :zone)::int,
                           extract(day from o.ordered_at at time zone :zone)::int,
                           extract(year from o.ordered_at at time zone :zone)::int
                    from customer_order o
                    where %s
                )
                select c.id, c.name, c.ladder_stage, m.kind, m.month, m.day, m.year from candidates m
                join customer c on c.id = m.customer_id and c.erased_at is null
                where exists (
                    select 1 from current_consent k where k.customer_id = c.id and k.purpose = 'PROFILING'
                      and k.status = 'GRANTED')
                limit :limit""".formatted(AnniversarySql.eventDays(window, parameters),
                        AnniversarySql.firstOrders(window, YEARS_BACK, zone, parameters)))
                .params(parameters)
                .param("zone", zone.getId())
                .param("limit", limit);
        List<UpcomingMoment> found = new ArrayList<>();
        statement.query(rs -> {
            String kind = rs.getString("kind");
            int month = rs.getInt("month");
            int day = Math.min(rs.getInt("day"), java.time.Month.of(month).maxLength());
            Optional<Integer> year = Optional.ofNullable(rs.getObject("year", Integer.class));
            Optional<LocalDate> date = Moment.next(MonthDay.of(month, day), today, days);
            if (date.isEmpty()) {
                return;
            }
            Moment.Kind momentKind = Moment.Kind.valueOf(kind);
            Optional<Integer> years = year.map(y -> date.get().getYear() - y).filter(n -> n > 0);
            if (momentKind == Moment.Kind.FIRST_PURCHASE && years.isEmpty()) {
                return;
            }
            found.add(new UpcomingMoment(rs.getLong("id"), rs.getString("name"), LadderStage.valueOf(rs.getString("ladder_stage")),
                    new Moment(momentKind, date.get(), years, Optional.empty())));
        });
        found.sort(Comparator.comparing((UpcomingMoment m) -> m.moment().date()).thenComparing(UpcomingMoment::customerId));
        return found;
    }
}
