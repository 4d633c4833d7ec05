package io.dangol.crm.importing.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A load that is large relative to its tables writes without their secondary indexes and builds them after — the
 * classic technique: one sorted build instead of millions of index insertions. Only plain indexes go (never a
 * primary key or a unique index: the upsert's conflict checks need those); their definitions are read from the
 * catalogue, dropped and created again in the import's own transaction, so a failed import rolls back to the indexes
 * as they were. While the transaction runs, readers of those tables wait (the drop locks them) — acceptable for a load
 * that at least doubles a table, which is what an initial migration is; a daily file is far smaller and keeps the
 * indexes.
 */
final class LargeLoad implements AutoCloseable {

    private final Connection work;
    private final List<String> definitions;

    private LargeLoad(Connection work, List<String> definitions) {
        this.work = work;
        this.definitions = definitions;
    }

    /**
     * Drops the plain indexes of {@code tables} when {@code incomingRows} is at least as many as the largest of them
     * holds (by the planner's estimate); otherwise does nothing.
     */
    static LargeLoad begin(Connection work, long incomingRows, String... tables) throws SQLException {
        long largest = 0;
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement query = work.prepareStatement("""
                select greatest(c.reltuples, 0)::bigint, array(
                    select pg_get_indexdef(i.indexrelid) from pg_index i
                    where i.indrelid = c.oid and not i.indisunique and not i.indisprimary
                      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                    order by i.indexrelid)
                from pg_class c where c.oid = to_regclass(?)""")) {
            for (String table : tables) {
                query.setString(1, table);
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        largest = Math.max(largest, rs.getLong(1));
                        for (String definition : (String[]) rs.getArray(2).getArray()) {
                            definitions.add(definition);
                        }
                    }
                }
            }
        }
        if (incomingRows < Math.max(1, largest) || definitions.isEmpty()) {
            return new LargeLoad(work, List.of());
        }
        try (Statement statement = work.createStatement()) {
            for (String definition : definitions) {
                statement.execute("drop index " + indexName(definition));
            }
        }
        return new LargeLoad(work, definitions);
    }

    boolean droppedIndexes() {
        return !definitions.isEmpty();
    }

    /** Builds the dropped indexes again (with room to sort in memory). */
    @Override
    public void close() throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        try (Statement statement = work.createStatement()) {
            statement.execute("set local maintenance_work_mem = '256MB'");
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }

    /** {@code CREATE INDEX name ON public.table …} (only plain indexes are dropped) → the schema-qualified name. */
    static String indexName(String definition) {
        String table = definition.substring(definition.indexOf(" ON ") + 4).split(" ")[0];
        String schema = table.contains(".") ? table.substring(0, table.indexOf('.') + 1) : "";
        return schema + definition.split(" ")[2];
    }
}
