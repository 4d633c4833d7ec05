import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Prints the one row a query gives, its values separated by spaces (for the bench scripts). */
public class Sizes {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(args[1])) {
            rs.next();
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                line.append(i > 1 ? " " : "").append(rs.getString(i));
            }
            System.out.println(line);
        }
    }
}
