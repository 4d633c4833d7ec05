package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.Moment;
import io.dangol.crm.customer.UpcomingMoment;
import io.dangol.crm.customer.UpcomingMoments;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.persistence.AnniversarySql;
import io.dangol.crm.shared.AnniversaryWindow;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moments from {@code customer_event} (by its month/day index) and first orders whose date falls in the window in
 * a past year (by the order-date index, one range per year), for customers whose current profiling consent on some
 * channel is a grant. Each calendar day of the window carries its distance from today, so the database sorts and
 * pages soonest first.
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
    public Page within(LocalDate today, Filter filter, ZoneId zone, int page, int size) {
        AnniversaryWindow window = new AnniversaryWindow(today, filter.days());
        Map<String, Object> parameters = new HashMap<>();
        String kinds = filter.kind().map(kind -> switch (kind) {
            case BIRTHDAY, WEDDING_ANNIVERSARY -> "events";
            case FIRST_PURCHASE -> "orders";
            case CUSTOM -> "none";
        }).orElse("all");
        String candidates = """
                with candidates as (
                    select e.customer_id, e.kind, e.month, e.day, e.year from customer_event e
                    %s
                    where e.kind in ('BIRTHDAY', 'WEDDING_ANNIVERSARY') and (:kind = '' or e.kind = :kind)
                      and :kinds in ('all', 'events')
                    union all
                    select o.customer_id, 'FIRST_PURCHASE', extract(month from o.ordered_at at time zone :zone)::int,
                           extract(day from o.ordered_at at time zone :zone)::int,
                           extract(year from o.ordered_at at time zone :zone)::int
                    from customer_order o
                    where :kinds in ('all', 'orders') and %s
                ), chosen as (
                    select c.id, c.name, c.ladder_stage, m.kind, m.month, m.day, m.year, w.ahead from candidates m
                    join unnest(cast(:aheadMonths as int[]), cast(:aheadDays as int[]), cast(:ahead as int[]))
                         as w(month, day, ahead) on w.month = m.month and w.day = m.day
                    join customer c on c.id = m.customer_id and c.erased_at is null
                    where (:stage = '' or c.ladder_stage = :stage)
                      and exists (select 1 from current_consent k where k.customer_id = c.id
                                  and k.purpose = 'PROFILING' and k.status = 'GRANTED')
                )
                """.formatted(AnniversarySql.eventDays(window, parameters),
                AnniversarySql.firstOrders(window, YEARS_BACK, zone, parameters));
        distances(today, filter.days(), parameters);
        parameters.put("zone", zone.getId());
        parameters.put("kind", filter.kind().map(Enum::name).orElse(""));
        parameters.put("kinds", kinds);
        parameters.put("stage", filter.stage().map(Enum::name).orElse(""));
        long total = jdbc.sql(candidates + "select count(*) from chosen").params(parameters).query(Long.class).single();
        List<UpcomingMoment> found = new ArrayList<>();
        jdbc.sql(candidates + "select * from chosen order by ahead, kind, id limit :limit offset :offset")
                .params(parameters).param("limit", size).param("offset", (long) (page - 1) * size)
                .query(rs -> {
                    int month = rs.getInt("month");
                    int day = Math.min(rs.getInt("day"), java.time.Month.of(month).maxLength());
                    LocalDate date = Moment.next(MonthDay.of(month, day), today, filter.days())
                            .orElse(today.plusDays(rs.getInt("ahead")));
                    Optional<Integer> years = Optional.ofNullable(rs.getObject("year", Integer.class))
                            .map(y -> date.getYear() - y).filter(n -> n > 0);
                    found.add(new UpcomingMoment(rs.getLong("id"), rs.getString("name"),
                            LadderStage.valueOf(rs.getString("ladder_stage")),
                            new Moment(Moment.Kind.valueOf(rs.getString("kind")), date, years, Optional.empty())));
                });
        return new Page(found, total, page, size);
    }

    /** Each calendar day of the window and how many days ahead it is; 29 February is kept on the 28th in other years. */
    private static void distances(LocalDate today, int days, Map<String, Object> parameters) {
        List<Integer> months = new ArrayList<>();
        List<Integer> dayOfMonth = new ArrayList<>();
        List<Integer> ahead = new ArrayList<>();
        for (int i = 0; i <= days; i++) {
            LocalDate day = today.plusDays(i);
            months.add(day.getMonthValue());
            dayOfMonth.add(day.getDayOfMonth());
            ahead.add(i);
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                months.add(2);
                dayOfMonth.add(29);
                ahead.add(i);
            }
        }
        parameters.put("aheadMonths", months.toArray(Integer[]::new));
        parameters.put("aheadDays", dayOfMonth.toArray(Integer[]::new));
        parameters.put("ahead", ahead.toArray(Integer[]::new));
    }
}
