package io.dangol.crm.customer.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.customer.CustomerQuery;
import io.dangol.crm.customer.CustomerSearch;
import io.dangol.crm.customer.FoundCustomer;
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
 * longer names anywhere in the name by trigrams ({@code customer_name_trgm}), names that start with what was
 * typed first.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCustomerSearch implements CustomerSearch {

    private final JdbcClient jdbc;

    JdbcCustomerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FoundCustomer> find(CustomerQuery query, int limit) {
        String candidates;
        JdbcClient.StatementSpec statement;
        switch (query.kind()) {
            case EMAIL, PHONE -> candidates = """
                    select distinct c.id, c.name, c.ladder_stage, 0 as rank from contact_point p
                    join customer c on c.id = p.customer_id
                    where p.lookup = :lookup and p.kind = :kind and c.erased_at is null""";
            default -> candidates = "select c.id, c.name, c.ladder_stage, " + nameRank(query) + " as rank from customer c "
                    + "where c.erased_at is null and " + nameCondition(query)
                    + (query.kind() == CustomerQuery.Kind.NAME_AND_LAST_DIGITS ? """
                     and exists (select 1 from contact_point p where p.customer_id = c.id and p.kind = 'PHONE'
                                 and right(p.lookup, 4) = :last)""" : "");
        }
        statement = jdbc.sql("""
                select f.id, f.name, f.ladder_stage,
                       (select max(o.ordered_at) from customer_order o where o.customer_id = f.id) as last_purchase,
                       (select p.value from contact_point p where p.customer_id = f.id and p.kind = 'PHONE'
                        order by p.verified_at desc nulls last, p.id limit 1) as phone,
                       (select p.value from contact_point p where p.customer_id = f.id and p.kind = 'EMAIL'
                        order by p.verified_at desc nulls last, p.id limit 1) as email
                from (%s order by rank, name, id limit :limit) f
                order by f.rank, f.name, f.id""".formatted(candidates))
                .param("limit", limit);
        String name = query.name();
        switch (query.kind()) {
            case EMAIL -> statement = statement.param("lookup", query.lookup()).param("kind", "EMAIL");
            case PHONE -> statement = statement.param("lookup", query.lookup()).param("kind", "PHONE");
            case NAME_AND_LAST_DIGITS -> statement = names(statement, name).param("last", query.lastDigits());
            case NAME -> statement = names(statement, name);
        }
        return statement.query((rs, n) -> new FoundCustomer(rs.getLong("id"), rs.getString("name"),
                        LadderStage.valueOf(rs.getString("ladder_stage")),
                        Optional.ofNullable(rs.getTimestamp("last_purchase")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getString("phone")).map(PersonalData::maskPhone),
                        Optional.ofNullable(rs.getString("email")).map(PersonalData::maskEmail)))
                .list();
    }

    private static String nameCondition(CustomerQuery query) {
        return query.namePrefixOnly()
                ? "(c.name like :prefix escape '\\' or c.name like :capitalPrefix escape '\\')"
                : "c.name ilike :anywhere escape '\\'";
    }

    /** Names that start with what was typed come first. */
    private static String nameRank(CustomerQuery query) {
        return query.namePrefixOnly() ? "0" : "case when c.name ilike :prefix escape '\\' then 0 else 1 end";
    }

    private static JdbcClient.StatementSpec names(JdbcClient.StatementSpec statement, String name) {
        String literal = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String capital = literal.isEmpty() ? literal : literal.substring(0, 1).toUpperCase() + literal.substring(1);
        return statement.param("prefix", literal + "%").param("capitalPrefix", capital + "%").param("anywhere", "%" + literal + "%");
    }
}
