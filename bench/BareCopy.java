import java.io.FileInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The floor an import stands on: the same transactions file COPYed as it is (CSV, header skipped) into a fresh table of
 * text columns with no index, key or trigger, in one transaction. Usage: java -cp postgresql.jar bench/BareCopy.java
 * <jdbc url> <file>. Prints {@code bare copy: <rows> rows in <s> s}.
 */
public class BareCopy {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("drop table if exists bench_bare_copy");
            s.execute("create table bench_bare_copy (customer_id text, date text, amount text, order_id text, product text, "
                    + "quantity text)");
            long start = System.nanoTime();
            long rows;
            try (InputStream in = new FileInputStream(args[1])) {
                rows = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_bare_copy from stdin with (format csv, header true)", in, 1 << 16);
            }
            c.commit();
            double took = (System.nanoTime() - start) / 1e9;
            s.execute("drop table bench_bare_copy");
            c.commit();
            System.out.printf("bare copy: %d rows in %.1f s%n", rows, took);
        }
    }
}
