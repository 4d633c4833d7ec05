package io.dangol.crm.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of Dangol's schema that needs no PostgreSQL client tools (the embedded database ships none, and
 * the machine's may be older than the server): every table's rows as COPY text in a zip, with a manifest of the
 * schema version, the row counts and the sequences, read in one repeatable-read snapshot so the tables agree.
 *
 * <p>A restore goes into a database migrated to the same schema version and holding no customers, staff or access log
 * yet: as the schema's owner, in one transaction, it empties the tables, loads them without firing foreign-key or
 * user triggers (the access log's hashes are restored as they were, not chained again), puts the triggers back as
 * they were — the access log's stay ENABLE ALWAYS — and sets the sequences. The tables are the owner's view of the
 * schema: the warehouse key comes back too, so pseudonyms stay the same.
 */
public final class DatabaseBackup {

    /** What a backup or a restore did. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The backup cannot be restored here; the message says why, for the operator. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private static final String MANIFEST = "manifest.properties";
    private static final String FORMAT = "dangol-backup-1";
    private static final List<String> MUST_BE_EMPTY = List.of("customer", "app_user", "access_log");

    private DatabaseBackup() {
    }

    /** Writes the backup of the connection's schema (as the schema's owner) to {@code out}. */
    public static Summary write(Connection owner, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        owner.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(1);
            String version = schemaVersion(owner);
            CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            Properties manifest = new Properties();
            for (String table : tables(owner)) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                long copied = copy.copyOut("copy " + quoted(table) + " (" + columns(owner, table) + ") to stdout",
                        new NonClosing(zip));
                zip.closeEntry();
                rows.put(table, copied);
                manifest.setProperty("rows." + table, Long.toString(copied));
            }
            for (String sequence : sequences(owner)) {
                try (Statement sql = owner.createStatement();
                     ResultSet seq = sql.executeQuery("select last_value, is_called from " + quoted(sequence))) {
                    seq.next();
                    manifest.setProperty("sequence." + sequence, seq.getLong(1) + "," + seq.getBoolean(2));
                }
            }
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schemaVersion", version);
            manifest.setProperty("tables", String.join(",", rows.keySet()));
            manifest.setProperty("writtenAt", Instant.now().toString());
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringWriter text = new StringWriter();
            manifest.store(text, "Dangol backup");
            zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
            owner.rollback();
            return new Summary(version, rows);
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /**
     * Restores a backup read from {@code in} into the connection's schema (as the schema's owner). The manifest is the
     * zip's last entry, so the tables are loaded as they come and checked against it before the commit.
     */
    public static Summary restore(Connection owner, InputStream in) throws SQLException, IOException, Refused {
        String version = schemaVersion(owner);
        for (String table : MUST_BE_EMPTY) {
            try (Statement sql = owner.createStatement();
                 ResultSet any = sql.executeQuery("select exists (select 1 from " + quoted(table) + ")")) {
                any.next();
                if (any.getBoolean(1)) {
                    throw new Refused("the database already holds data (" + table + "); restore into a new, empty database");
                }
            }
        }
        List<String> present = tables(owner);
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        Map<String, String> triggers = userTriggers(owner);
        try {
            try (Statement sql = owner.createStatement()) {
                sql.execute("set local session_replication_role = replica");
                for (String table : present) {
                    sql.execute("alter table " + quoted(table) + " disable trigger user");
                }
                sql.execute("truncate " + String.join(", ", present.stream().map(DatabaseBackup::quoted).toList()));
            }
            CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            Properties manifest = null;
            try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    String name = entry.getName();
                    if (name.equals(MANIFEST)) {
                        manifest = new Properties();
                        manifest.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1)));
                    } else if (name.startsWith("tables/") && name.endsWith(".copy")) {
                        String table = name.substring("tables/".length(), name.length() - ".copy".length());
                        if (!present.contains(table)) {
                            throw new Refused("the backup holds a table this version does not have: " + table);
                        }
                        rows.put(table, copy.copyIn("copy " + quoted(table) + " (" + columns(owner, table) + ") from stdin",
                                new NonClosingInput(zip)));
                    }
                }
            }
            check(manifest, version, rows);
            restoreSequences(owner, manifest);
            try (Statement sql = owner.createStatement()) {
                for (Map.Entry<String, String> trigger : triggers.entrySet()) {
                    String[] tableAndName = trigger.getKey().split("\\.", 2);
                    String mode = switch (trigger.getValue()) {
                        case "A" -> "enable always trigger ";
                        case "R" -> "enable replica trigger ";
                        case "D" -> "disable trigger ";
                        default -> "enable trigger ";
                    };
                    sql.execute("alter table " + quoted(tableAndName[0]) + " " + mode + quoted(tableAndName[1]));
                }
                sql.execute("analyze");
            }
            owner.commit();
            return new Summary(version, rows);
        } catch (SQLException | IOException | Refused | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    private static void check(Properties manifest, String version, Map<String, Long> rows) throws Refused {
        if (manifest == null || !FORMAT.equals(manifest.getProperty("format"))) {
            throw new Refused("this is not a Dangol backup (no manifest)");
        }
        if (!version.equals(manifest.getProperty("schemaVersion"))) {
            throw new Refused("the backup is of schema version " + manifest.getProperty("schemaVersion") + ", this database is at "
                    + version + ": restore with the Dangol version that wrote it, then start the newer one to upgrade");
        }
        for (String table : manifest.getProperty("tables", "").split(",")) {
            long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
            if (!table.isEmpty() && rows.getOrDefault(table, -1L) != expected) {
                throw new Refused("the backup is incomplete: " + table + " holds " + rows.getOrDefault(table, 0L) + " rows of "
                        + expected);
            }
        }
    }

    private static void restoreSequences(Connection owner, Properties manifest) throws SQLException {
        for (String key : manifest.stringPropertyNames()) {
            if (!key.startsWith("sequence.")) {
                continue;
            }
            String[] value = manifest.getProperty(key).split(",");
            try (PreparedStatement set = owner.prepareStatement("select setval(?::regclass, ?, ?)")) {
                set.setString(1, quoted(key.substring("sequence.".length())));
                set.setLong(2, Long.parseLong(value[0]));
                set.setBoolean(3, Boolean.parseBoolean(value[1]));
                set.execute();
            }
        }
    }

    private static List<String> sequences(Connection connection) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet s = sql.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                     + "where n.nspname = current_schema() and c.relkind = 'S' order by c.relname")) {
            while (s.next()) {
                sequences.add(s.getString(1));
            }
        }
        return sequences;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet v = sql.executeQuery("select version from flyway_schema_history where success and version is not null "
                     + "order by installed_rank desc limit 1")) {
            return v.next() ? v.getString(1) : "";
        }
    }

    /** The schema's tables but Flyway's own history (the target is migrated already), in name order. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement sql = connection.createStatement();
             ResultSet t = sql.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                     + "where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history' "
                     + "order by c.relname")) {
            while (t.next()) {
                tables.add(t.getString(1));
            }
        }
        return tables;
    }

    /** The columns a COPY names: all but generated ones, which the database computes again. */
    private static String columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement("select attname from pg_attribute where attrelid = ?::regclass "
                + "and attnum > 0 and not attisdropped and attgenerated = '' order by attnum")) {
            sql.setString(1, quoted(table));
            try (ResultSet c = sql.executeQuery()) {
                while (c.next()) {
                    columns.add(quoted(c.getString(1)));
                }
            }
        }
        return String.join(", ", columns);
    }

    /** Each user trigger of the schema's tables ({@code table.trigger}) and how it is enabled (O, A, R or D). */
    private static Map<String, String> userTriggers(Connection connection) throws SQLException {
        Map<String, String> triggers = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet t = sql.executeQuery("select c.relname, tg.tgname, tg.tgenabled from pg_trigger tg "
                     + "join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace "
                     + "where n.nspname = current_schema() and not tg.tgisinternal order by c.relname, tg.tgname")) {
            while (t.next()) {
                triggers.put(t.getString(1) + "." + t.getString(2), t.getString(3));
            }
        }
        return triggers;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The zip stays open when the driver closes what it wrote a table to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class NonClosingInput extends java.io.FilterInputStream {
        NonClosingInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
