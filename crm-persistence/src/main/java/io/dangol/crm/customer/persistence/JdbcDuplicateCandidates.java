package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.DuplicateCandidates;
import io.dangol.crm.customer.NewCustomer;
import io.dangol.crm.customer.PossibleDuplicate;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.PhoneNumber;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates of a customer being registered, by index: the same phone or e-mail through
 * {@code contact_point.lookup}, a similar name (trigram similarity over {@code customer_name_trgm}) with the same
 * birthday through {@code customer_event_day}.
 */
@Repository
@Transactional(readOnly = true)
class JdbcDuplicateCandidates implements DuplicateCandidates {

    static final double SIMILAR_NAME = 0.4;

    private final JdbcClient jdbc;

    JdbcDuplicateCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PossibleDuplicate> of(NewCustomer customer, int limit) {
        String[] phones = customer.phones().stream().map(PhoneNumber::e164).map(e164 -> e164.substring(1)).toArray(String[]::new);
        String email = customer.email().map(e -> e.value()).orElse(null);
        Integer month = customer.birthday().map(d -> d.getMonthValue()).orElse(null);
        Integer day = customer.birthday().map(d -> d.getDayOfMonth()).orElse(null);
        return jdbc.sql("""
                with evidence as (
                    select p.customer_id, 'PHONE' as kind, 3 as weight from contact_point p
                    where p.kind = 'PHONE' and p.lookup = any(:phones) and p.retired_at is null
                    union all
                    select p.customer_id, 'EMAIL', 3 from contact_point p where p.kind = 'EMAIL' and p.lookup = :email and p.retired_at is null
                    union all
                    select e.customer_id, 'NAME_AND_BIRTHDAY', 2 from customer_event e join customer n on n.id = e.customer_id
                    where e.kind = 'BIRTHDAY' and e.month = :month and e.day = :day
                      and similarity(n.name, :name) >= :similar)
                select c.id, c.name, c.ladder_stage, string_agg(distinct v.kind, ',') as kinds, sum(v.weight) as weight
                from evidence v join customer c on c.id = v.customer_id
                where c.erased_at is null
                group by c.id, c.name, c.ladder_stage
                order by weight desc, c.id
                limit :limit""")
                .param("phones", phones).param("email", email).param("month", month).param("day", day)
                .param("name", customer.name()).param("similar", SIMILAR_NAME).param("limit", limit)
                .query((rs, n) -> new PossibleDuplicate(CustomerId.of(rs.getLong("id")), rs.getString("name"),
                        LadderStage.valueOf(rs.getString("ladder_stage")), evidence(rs.getString("kinds"))))
                .list();
    }

    private static Set<PossibleDuplicate.Evidence> evidence(String kinds) {
        return Arrays.stream(kinds.split(",")).map(PossibleDuplicate.Evidence::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PossibleDuplicate.Evidence.class)));
    }
}
