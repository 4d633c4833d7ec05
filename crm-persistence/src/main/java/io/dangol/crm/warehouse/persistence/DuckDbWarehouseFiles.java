package io.dangol.crm.warehouse.persistence;

import io.dangol.crm.shared.SpreadsheetFile;
import io.dangol.crm.warehouse.Dataset;
import io.dangol.crm.warehouse.WarehouseFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/**
 * The warehouse files, from the reporting views (V35) in one read-only, repeatable-read transaction (so the datasets
 * agree with each other): each view is streamed from PostgreSQL into a CSV file (UTF-8 with BOM, through the product's
 * one CSV writer), which an in-process DuckDB reads back with the view's column types and writes as Parquet (zstd) — a
 * maintained Parquet writer that needs neither Hadoop nor a network.
 */
@Repository
class DuckDbWarehouseFiles implements WarehouseFiles {

    private static final int FETCH = 10_000;

    /** A view, and whether its rows belong to one scoring run (then only this run's are written). */
    private record View(String name, boolean perRun) {
    }

    private static final List<View> VIEWS = List.of(new View("scores", false), new View("ladder_moves", true),
            new View("churn_flags", true), new View("campaigns", false), new View("scoring_runs", false));

    private final DataSource dataSource;

    DuckDbWarehouseFiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Dataset> write(long runId, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Dataset> written = new ArrayList<>();
        try (Connection postgres = dataSource.getConnection();
             Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            postgres.setAutoCommit(false);
            postgres.setReadOnly(true);
            postgres.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement settings = duck.createStatement()) {
                settings.execute("set memory_limit = '256MB'");
                settings.execute("set preserve_insertion_order = true");
            }
            try {
                for (View view : VIEWS) {
                    written.add(write(view, runId, folder, postgres, duck));
                }
            } finally {
                postgres.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("the warehouse feed could not be written: " + e.getMessage(), e);
        }
        return written;
    }

    private Dataset write(View view, long runId, Path folder, Connection postgres, Connection duck)
            throws SQLException, IOException {
        Path csv = folder.resolve(view.name() + ".csv");
        Path parquet = folder.resolve(view.name() + ".parquet");
        String sql = "select * from report." + view.name() + (view.perRun() ? " where run_id = ?" : "");
        List<String> duckColumns = new ArrayList<>();
        long rows = 0;
        try (PreparedStatement select = postgres.prepareStatement(sql)) {
            select.setFetchSize(FETCH);
            if (view.perRun()) {
                select.setLong(1, runId);
            }
            try (ResultSet rs = select.executeQuery();
                 BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 SpreadsheetFile file = SpreadsheetFile.on(out, true)) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                List<String> header = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    header.add(meta.getColumnLabel(c));
                    duckColumns.add("'" + meta.getColumnLabel(c) + "': '" + duckType(meta, c) + "'");
                }
                file.row(header);
                Object[] cells = new Object[columns];
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        cells[c - 1] = cell(rs, meta, c);
                    }
                    file.row(cells);
                    rows++;
                }
            }
        }
        try (Statement copy = duck.createStatement()) {
            copy.execute("copy (select * from read_csv(" + literal(csv) + ", header = true, delim = ',', quote = '\"', "
                    + "escape = '\"', columns = {" + String.join(", ", duckColumns) + "})) to " + literal(parquet)
                    + " (format parquet, compression zstd)");
        }
        return new Dataset(view.name(), rows, List.of(csv, parquet));
    }

    private static Object cell(ResultSet rs, ResultSetMetaData meta, int c) throws SQLException {
        return switch (meta.getColumnType(c)) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime at = rs.getObject(c, OffsetDateTime.class);
                yield at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
            }
            // plain digits (never 1E+3), as text that cannot hold a formula
            case Types.NUMERIC, Types.DECIMAL -> {
                java.math.BigDecimal number = rs.getBigDecimal(c);
                yield number == null ? null : new SpreadsheetFile.Verbatim(number.toPlainString());
            }
            default -> rs.getObject(c);
        };
    }

    private static String duckType(ResultSetMetaData meta, int c) throws SQLException {
        return switch (meta.getColumnType(c)) {
            case Types.BIGINT -> "BIGINT";
            case Types.INTEGER -> "INTEGER";
            case Types.SMALLINT -> "SMALLINT";
            case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
            case Types.NUMERIC, Types.DECIMAL -> meta.getPrecision(c) > 0 && meta.getPrecision(c) <= 38
                    ? String.format(Locale.ROOT, "DECIMAL(%d,%d)", meta.getPrecision(c), meta.getScale(c)) : "DECIMAL(38,6)";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMPTZ";
            default -> "VARCHAR";
        };
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
