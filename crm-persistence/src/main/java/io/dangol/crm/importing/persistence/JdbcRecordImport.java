package io.dangol.crm.importing.persistence;

import io.dangol.crm.importing.ImportReport;
import io.dangol.crm.importing.RecordImport;
import io.dangol.crm.importing.RecordKind;
import io.dangol.crm.importing.RecordWrite;
import io.dangol.crm.importing.RecordsFile;
import io.dangol.crm.importing.RefusedFile;
import io.dangol.crm.importing.Rejection;
import io.dangol.crm.importing.TransactionImport;
import java.io.Reader;
import java.sql.Connection;
import java.util.stream.Collectors;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads the record kinds as transactions are loaded: COPY into a temporary staging table, then the kind's set-based
 * statements ({@link KindStatements}) in the same transaction. One record from a channel system takes the same way,
 * staged by a single insert, so a file and the API can never disagree about what a record means.
 */
@Repository
class JdbcRecordImport implements RecordImport {

    private static final int REPORTED = 100;
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionImport runs;
    private final Clock clock;
    private final Map<RecordKind, KindStatements> statements = new EnumMap<>(RecordKind.class);

    JdbcRecordImport(DataSource dataSource, JdbcClient jdbc, TransactionImport runs, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.runs = runs;
        this.clock = clock;
        for (RecordKind kind : RecordKind.values()) {
            statements.put(kind, KindStatements.of(kind));
        }
    }

    @Override
    public ImportReport load(long runId, RecordKind kind, Reader reader, ZoneId zone, Map<String, String> columnMapping)
            throws RefusedFile {
        String source = runs.find(runId).orElseThrow().sourceSystem();
        KindStatements sql = statements.get(kind);
        StagedLoad.file(dataSource, runId, sql.copy(), read -> Runs.progress(jdbc, runId, read), clock, work -> prepare(work, sql, source),
                copy -> RecordsFile.read(reader, kind, zone, columnMapping, new RecordsFile.Sink() {
                    @Override
                    public void accept(long line, String[] values) {
                        var row = copy.row().add(line);
                        for (String value : values) {
                            row.add(value);
                        }
                        copy.rowDone();
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        copy.reject(rejection);
                    }
                }),
                work -> {
                    Runs.phase(jdbc, runId, "records");
                    StagedLoad.Written written = upsert(work, sql);
                    noteWritten(work, kind, sql, source);
                    return written;
                }, sql.table());
        return new ImportReport(runs.find(runId).orElseThrow(), runs.rejections(runId, REPORTED));
    }

    @Override
    public RecordWrite write(RecordKind kind, String sourceSystem, String[] values) {
        try {
            return writeOnce(kind, sourceSystem, values);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("the record could not be written: " + e.getMessage(), e);
            }
        }
        try {
            return writeOnce(kind, sourceSystem, values); // the same record arrived twice at once: now it is there
        } catch (SQLException e) {
            throw new IllegalStateException("the record could not be written: " + e.getMessage(), e);
        }
    }

    private RecordWrite writeOnce(RecordKind kind, String sourceSystem, String[] values) throws SQLException {
        KindStatements sql = statements.get(kind);
        return StagedLoad.record(dataSource, work -> prepare(work, sql, sourceSystem), work -> {
            try (PreparedStatement one = work.prepareStatement(sql.insertOne())) {
                for (int i = 0; i < values.length; i++) {
                    one.setString(i + 1, values[i]);
                }
                one.executeUpdate();
            }
        }, work -> upsert(work, sql));
    }

    private static void prepare(Connection work, KindStatements sql, String source) throws SQLException {
        Runs.execute(work, sql.createStaging());
        Runs.execute(work, "create temporary table rejected (line bigint, reason text, detail text) on commit drop");
        Runs.execute(work, "create temporary table written (ext text, inserted boolean) on commit drop");
        try (PreparedStatement setting = work.prepareStatement("select set_config('dangol.source', ?, true)")) {
            setting.setString(1, source);
            setting.execute();
        }
    }

    /**
     * The customers whose records the file wrote: for customers, the records themselves; for the other kinds, the
     * customer each written row named (resolved while staging).
     */
    private static void noteWritten(Connection work, RecordKind kind, KindStatements sql, String source) throws SQLException {
        if (kind == RecordKind.CUSTOMERS) {
            StagedLoad.noteWritten(work, """
                    select coalesce(c.merged_into, c.id) from written w
                    join customer c on c.source_system = ? and c.external_id = w.ext""", source);
        } else if (!sql.customerColumns().isEmpty()) {
            StagedLoad.noteWritten(work, sql.customerColumns().stream()
                    .map(column -> "select s." + column + " from staged s join written w on w.ext = s.ext")
                    .collect(Collectors.joining(" union ")));
        }
    }

    /** A record counts once, inserted if it was new. */
    private static StagedLoad.Written upsert(Connection work, KindStatements sql) throws SQLException {
        Runs.execute(work, "analyze staged");
        for (String statement : sql.all()) {
            Runs.execute(work, statement);
        }
        try (PreparedStatement counts = work.prepareStatement("""
                select count(*) filter (where inserted), count(*) filter (where not inserted)
                from (select ext, bool_or(inserted) as inserted from written group by ext) w""");
             ResultSet rs = counts.executeQuery()) {
            rs.next();
            return new StagedLoad.Written(rs.getLong(1), rs.getLong(2));
        }
    }
}
