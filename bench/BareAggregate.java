import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Times the bare per-customer aggregate over all order lines (the floor any scoring job stands on). */
public class BareAggregate {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long rows = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    select l.customer_id, count(*), max(o.ordered_at), sum(l.quantity * l.unit_price - l.discount)
                    from order_line l join customer_order o on o.id = l.order_id and o.customer_id = l.customer_id
                    group by l.customer_id""")) {
                s.setFetchSize(5_000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            System.out.printf("bare aggregate: %d customers in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        }
    }
}
