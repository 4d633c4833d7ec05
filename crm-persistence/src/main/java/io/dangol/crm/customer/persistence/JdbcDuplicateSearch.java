package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.DuplicatePair;
import io.dangol.crm.customer.DuplicateSearch;
import io.dangol.crm.customer.PossibleDuplicate.Evidence;
import io.dangol.crm.shared.CustomerId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The duplicate job in SQL, set-based. Everyone's name is keyed once (spaces, punctuation and "(주)" out, lower case,
 * Hangul decomposed into jamo); then pairs come from grouping, never from comparing everyone with everyone: a phone
 * or e-mail held by 2 to {@value #CROWD} customers (more is a switchboard, not a person); names compared only within
 * a block of the same first letter and the same full birthday, or the same postal address. The weaker evidence —
 * names alike, the day of birth without a year, the last four digits of a phone — is looked up for the pairs found so.
 * Scores are {@code 1 − Π(1 − weight)} with the weights of {@link Evidence}.
 */
@Repository
class JdbcDuplicateSearch implements DuplicateSearch {

    static final int CROWD = 20;
    private static final String NAME = "regexp_replace(c.name, '\\(주\\)|주식회사|[[:space:][:punct:]]', '', 'g')";

    private final JdbcClient jdbc;

    JdbcDuplicateSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long findAll(Instant at) {
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("""
                create temp table dup_person on commit drop as
                select c.id, lower(normalize(%1$s, NFD)) as name_key, left(lower(%1$s), 1) as initial, b.month, b.day, b.year
                from customer c
                left join (select distinct on (customer_id) customer_id, month, day, year from customer_event
                           where kind = 'BIRTHDAY' order by customer_id, id) b on b.customer_id = c.id
                where c.erased_at is null""".formatted(NAME)).update();
        jdbc.sql("""
                create temp table dup_point on commit drop as
                select p.customer_id, p.kind,
                       case when p.kind = 'POSTAL' then lower(regexp_replace(p.value, '[[:space:][:punct:]]', '', 'g'))
                            else p.lookup end as key
                from contact_point p
                where p.retired_at is null and exists (select 1 from dup_person d where d.id = p.customer_id)""").update();
        jdbc.sql("analyze dup_person").update();
        jdbc.sql("analyze dup_point").update();
        jdbc.sql("create temp table dup_evidence (first_id bigint, second_id bigint, kind text) on commit drop").update();
        jdbc.sql("""
                insert into dup_evidence
                with shared as (select kind, key from dup_point where key is not null
                                group by kind, key having count(distinct customer_id) between 2 and :crowd),
                     holders as (select distinct p.kind, p.key, p.customer_id from dup_point p join shared s using (kind, key))
                select a.customer_id, b.customer_id, case a.kind when 'POSTAL' then 'ADDRESS' else a.kind end
                from holders a join holders b using (kind, key)
                where b.customer_id > a.customer_id""").param("crowd", CROWD).update();
        jdbc.sql("""
                delete from dup_evidence e using dup_person a, dup_person b
                where e.kind = 'ADDRESS' and a.id = e.first_id and b.id = e.second_id
                  and (a.initial <> b.initial or similarity(a.name_key, b.name_key) < :alike)""")
                .param("alike", DuplicatePair.NAMES_ALIKE).update();
        jdbc.sql("update dup_evidence set kind = 'NAME_AND_ADDRESS' where kind = 'ADDRESS'").update();
        jdbc.sql("""
                insert into dup_evidence
                select a.id, b.id, 'NAME_AND_BIRTHDAY'
                from dup_person a join dup_person b
                  on b.month = a.month and b.day = a.day and b.year = a.year and b.initial = a.initial and b.id > a.id
                where similarity(a.name_key, b.name_key) >= :alike""").param("alike", DuplicatePair.NAMES_ALIKE).update();
        jdbc.sql("""
                create temp table dup_found on commit drop as
                select distinct e.first_id, e.second_id from dup_evidence e
                where not exists (select 1 from duplicate_verdict v where v.first_id = e.first_id and v.second_id = e.second_id)""")
                .update();
        jdbc.sql("analyze dup_found").update();
        jdbc.sql("""
                create temp table dup_named on commit drop as
                select distinct first_id, second_id, kind from dup_evidence where kind in ('NAME_AND_BIRTHDAY', 'NAME_AND_ADDRESS')""")
                .update();
        jdbc.sql("""
                insert into dup_evidence
                select f.first_id, f.second_id, 'SIMILAR_NAME'
                from dup_found f join dup_person a on a.id = f.first_id join dup_person b on b.id = f.second_id
                left join (select distinct first_id, second_id from dup_named) n
                       on n.first_id = f.first_id and n.second_id = f.second_id
                where n.first_id is null and similarity(a.name_key, b.name_key) >= :alike""")
                .param("alike", DuplicatePair.NAMES_ALIKE).update();
        jdbc.sql("""
                insert into dup_evidence
                select f.first_id, f.second_id, 'BIRTH_DAY'
                from dup_found f join dup_person a on a.id = f.first_id join dup_person b on b.id = f.second_id
                left join dup_named n on n.first_id = f.first_id and n.second_id = f.second_id and n.kind = 'NAME_AND_BIRTHDAY'
                where n.first_id is null and a.month = b.month and a.day = b.day
                  and (a.year is null or b.year is null or a.year = b.year)""").update();
        jdbc.sql("""
                insert into dup_evidence
                select distinct f.first_id, f.second_id, 'PHONE_DIGITS'
                from dup_found f
                join dup_point x on x.customer_id = f.first_id and x.kind = 'PHONE'
                join dup_point y on y.customer_id = f.second_id and y.kind = 'PHONE'
                where right(y.key, 4) = right(x.key, 4) and y.key <> x.key""").update();
        jdbc.sql("delete from duplicate_pair").update();
        Evidence[] all = Evidence.values();
        return jdbc.sql("""
                insert into duplicate_pair (first_id, second_id, score, evidence, found_at)
                select e.first_id, e.second_id, round((1 - exp(sum(ln(1 - w.weight))))::numeric, 3),
                       array_agg(e.kind order by e.kind), :now
                from (select distinct first_id, second_id, kind from dup_evidence) e
                join dup_found f using (first_id, second_id)
                join unnest(cast(:kinds as text[]), cast(:weights as float8[])) w(kind, weight) on w.kind = e.kind
                group by e.first_id, e.second_id""")
                .param("now", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("kinds", Arrays.stream(all).map(Enum::name).toArray(String[]::new))
                .param("weights", Arrays.stream(all).map(Evidence::weight).toArray(Double[]::new))
                .update();
    }

    @Override
    public Summary summary() {
        return jdbc.sql("select count(*) as pairs, max(found_at) as found_at from duplicate_pair")
                .query((rs, n) -> new Summary(rs.getLong("pairs"),
                        java.util.Optional.ofNullable(rs.getTimestamp("found_at")).map(java.sql.Timestamp::toInstant)))
                .single();
    }

    @Override
    public List<DuplicatePair> proposed(int offset, int limit) {
        return jdbc.sql("""
                select d.score, d.evidence, a.id as a_id, a.name as a_name, a.source_system as a_source, a.external_id as a_ext,
                       b.id as b_id, b.name as b_name, b.source_system as b_source, b.external_id as b_ext
                from duplicate_pair d join customer a on a.id = d.first_id join customer b on b.id = d.second_id
                where a.erased_at is null and b.erased_at is null
                order by d.score desc, d.first_id, d.second_id
                offset :offset limit :limit""")
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new DuplicatePair(side(rs, "a_"), side(rs, "b_"), rs.getDouble("score"), evidence(rs.getArray("evidence"))))
                .list();
    }

    private static DuplicatePair.Side side(ResultSet rs, String prefix) throws SQLException {
        return new DuplicatePair.Side(CustomerId.of(rs.getLong(prefix + "id")), rs.getString(prefix + "name"),
                rs.getString(prefix + "source"), rs.getString(prefix + "ext"));
    }

    static Set<Evidence> evidence(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Evidence::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Evidence.class)));
    }
}
