package io.dangol.crm.persistence;

import io.dangol.crm.shared.Tallies;
import io.dangol.crm.shared.Tally;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tallies in {@code shared_tally} (V34). A change inserts the missing keys (doing nothing where another instance just
 * did), locks the rows in key order with {@code FOR UPDATE}, and writes what the change computed — all in one short
 * transaction, so concurrent instances take turns per key and never lose a count.
 */
@Repository
class JdbcTallies implements Tallies {

    private final JdbcClient jdbc;

    JdbcTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<Tally> change(List<String> keys, BiFunction<String, Tally, Tally> change) {
        String[] sorted = keys.stream().distinct().sorted().toArray(String[]::new);
        jdbc.sql("insert into shared_tally (key, count, at) select k, 0, 'epoch' from unnest(?::text[]) as k order by k "
                        + "on conflict (key) do nothing")
                .param(sorted).update();
        Map<String, Tally> locked = new HashMap<>();
        jdbc.sql("select key, count, at, until from shared_tally where key = any(?::text[]) order by key for update")
                .param(sorted)
                .query((RowCallbackHandler) rs -> locked.put(rs.getString("key"), tally(rs)));
        Map<String, Tally> changed = new HashMap<>();
        for (String key : sorted) {
            Tally now = change.apply(key, locked.getOrDefault(key, Tally.NONE));
            changed.put(key, now);
            jdbc.sql("update shared_tally set count = ?, at = ?, until = ? where key = ?")
                    .params(now.count(), Timestamp.from(now.at()), now.until().map(Timestamp::from).orElse(null), key)
                    .update();
        }
        return keys.stream().map(changed::get).toList();
    }

    @Override
    public List<Tally> read(List<String> keys) {
        Map<String, Tally> found = new HashMap<>();
        jdbc.sql("select key, count, at, until from shared_tally where key = any(?::text[])")
                .param(keys.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> found.put(rs.getString("key"), tally(rs)));
        return keys.stream().map(key -> found.getOrDefault(key, Tally.NONE)).toList();
    }

    @Override
    public void forget(List<String> keys) {
        jdbc.sql("delete from shared_tally where key = any(?::text[])").param(keys.toArray(String[]::new)).update();
    }

    @Override
    public long forgetBefore(Instant instant) {
        Timestamp before = Timestamp.from(instant);
        return jdbc.sql("delete from shared_tally where at < ? and (until is null or until < ?)")
                .params(before, before).update();
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        Timestamp until = rs.getTimestamp("until");
        return new Tally(rs.getLong("count"), rs.getTimestamp("at").toInstant(),
                Optional.ofNullable(until).map(Timestamp::toInstant));
    }
}
