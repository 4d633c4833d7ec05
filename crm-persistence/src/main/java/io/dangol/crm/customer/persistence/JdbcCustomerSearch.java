package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.CustomerQuery;
import io.dangol.crm.customer.CustomerSearch;
import io.dangol.crm.customer.FoundCustomer;
import io.dangol.crm.customer.SearchResults;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.PersonalData;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search box against PostgreSQL indexes: phones and e-mail addresses by their lookup form
 * ({@code contact_point_by_lookup}), names of one or two characters by prefix ({@code customer_name_prefix}),
 * longer names anywhere in the name by trigrams ({@code customer_name_trgm}). Ranked: the exact name, then names
 * that start with what was typed, then by trigram similarity; among equals the higher predicted lifetime value
 * (then profit so far) first, so the customers who matter most are at the top of a common name.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCustomerSearch implements CustomerSearch {

    private static final int NAMES = 8;

    private final JdbcClient jdbc;

    JdbcCustomerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SearchResults find(CustomerQuery query, int page, int pageSize) {
        String matching = matching(query);
        List<FoundCustomer> customers = bind(jdbc.sql("""
                select f.id, f.name, f.ladder_stage,
                       (select max(o.ordered_at) from customer_order o where o.customer_id = f.id) as last_purchase,
                       (select p.value from contact_point p where p.customer_id = f.id and p.kind = 'PHONE' and p.retired_at is null
                        order by p.verified_at desc nulls last, p.id limit 1) as phone,
                       (select p.value from contact_point p where p.customer_id = f.id and p.kind = 'EMAIL' and p.retired_at is null
                        order by p.verified_at desc nulls last, p.id limit 1) as email
                from (select c.id, c.name, c.ladder_stage, %s as rank, %s as likeness,
                             s.predicted_clv, s.profit_contribution
                      from (%s) m join customer c on c.id = m.id
                      left join customer_score s on s.customer_id = c.id
                      order by rank, likeness desc, s.predicted_clv desc nulls last,
                               s.profit_contribution desc nulls last, c.id
                      limit :limit offset :offset) f
                order by f.rank, f.likeness desc, f.predicted_clv desc nulls last,
                         f.profit_contribution desc nulls last, f.id""".formatted(rank(query), likeness(query), matching)), query)
                .param("limit", pageSize).param("offset", (long) (page - 1) * pageSize)
                .query((rs, n) -> new FoundCustomer(rs.getLong("id"), rs.getString("name"),
                        LadderStage.valueOf(rs.getString("ladder_stage")),
                        Optional.ofNullable(rs.getTimestamp("last_purchase")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getString("phone")).map(PersonalData::maskPhone),
                        Optional.ofNullable(rs.getString("email")).map(PersonalData::maskEmail)))
                .list();
        long matches = bind(jdbc.sql("select count(*) from (" + matching + " limit :counted) m"), query)
                .param("counted", SearchResults.COUNTED + 1).query(Long.class).single();
        List<SearchResults.NameCount> names = bind(jdbc.sql("""
                select c.name, count(*) as customers from (%s) m join customer c on c.id = m.id
                group by c.name order by customers desc, c.name limit :names""".formatted(matching)), query)
                .param("names", NAMES)
                .query((rs, n) -> new SearchResults.NameCount(rs.getString("name"), rs.getLong("customers"))).list();
        return new SearchResults(customers, names, matches, page, pageSize);
    }

    /** The ids of every customer the query matches, in no order. */
    private static String matching(CustomerQuery query) {
        return switch (query.kind()) {
            case EMAIL, PHONE -> """
                    select distinct c.id from contact_point p join customer c on c.id = p.customer_id
                    where p.lookup = :lookup and p.kind = :kind and p.retired_at is null and c.erased_at is null""";
            case NAME, NAME_AND_LAST_DIGITS -> "select c.id from customer c where c.erased_at is null and "
                    + (query.namePrefixOnly()
                            ? "(c.name like :prefix escape '\\' or c.name like :capitalPrefix escape '\\')"
                            : "c.name ilike :anywhere escape '\\'")
                    + (query.kind() == CustomerQuery.Kind.NAME_AND_LAST_DIGITS ? """
                     and exists (select 1 from contact_point p where p.customer_id = c.id and p.kind = 'PHONE'
                                 and right(p.lookup, 4) = :last and p.retired_at is null)""" : "");
        };
    }

    /** 0 for the exact name, 1 for a name that starts with what was typed, 2 for the rest. */
    private static String rank(CustomerQuery query) {
        return query.name().isEmpty() ? "0"
                : "case when lower(c.name) = lower(:exact) then 0 when c.name ilike :prefix escape '\\' then 1 else 2 end";
    }

    private static String likeness(CustomerQuery query) {
        return query.name().isEmpty() ? "0::real" : "similarity(c.name, :exact)";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CustomerQuery query) {
        return switch (query.kind()) {
            case EMAIL -> statement.param("lookup", query.lookup()).param("kind", "EMAIL");
            case PHONE -> statement.param("lookup", query.lookup()).param("kind", "PHONE");
            case NAME_AND_LAST_DIGITS -> names(statement, query.name()).param("last", query.lastDigits());
            case NAME -> names(statement, query.name());
        };
    }

    private static JdbcClient.StatementSpec names(JdbcClient.StatementSpec statement, String name) {
        String literal = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String capital = literal.isEmpty() ? literal : literal.substring(0, 1).toUpperCase() + literal.substring(1);
        return statement.param("exact", name).param("prefix", literal + "%").param("capitalPrefix", capital + "%")
                .param("anywhere", "%" + literal + "%");
    }
}
