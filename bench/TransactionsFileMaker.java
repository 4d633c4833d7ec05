import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a deterministic transactions file for bench/import.sh: N order lines of 200,000 customers over three
 * years, 1–5 lines per order, Korean product names, quoted amounts with thousands separators.
 * Usage: java bench/TransactionsFileMaker.java <lines> <file>
 */
public class TransactionsFileMaker {

    private static final String[] PRODUCTS = {"에티오피아 예가체프 원두 200g", "콜롬비아 수프리모 원두 500g", "디카페인 하우스 블렌드 200g",
            "드립 필터 100매", "머그컵, 화이트", "핸드드립 세트", "콜드브루 원액 1L", "명절 선물세트 A", "Guatemala Antigua beans 200g",
            "텀블러 473ml"};

    public static void main(String[] args) throws Exception {
        long lines = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        SplittableRandom random = new SplittableRandom(42);
        LocalDate start = LocalDate.of(2023, 1, 1);
        long order = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_id,date,amount,order_id,product,quantity\n");
            while (written < lines) {
                order++;
                String customer = "C" + (1 + random.nextInt(200_000));
                String date = start.plusDays(random.nextInt(1095)).toString();
                int count = 1 + random.nextInt(5);
                for (int i = 0; i < count && written < lines; i++, written++) {
                    int quantity = 1 + random.nextInt(3);
                    long amount = (5 + random.nextInt(60)) * 1000L * quantity;
                    out.write(customer);
                    out.write(',');
                    out.write(date);
                    out.write(",\"");
                    out.write(String.format("%,d", amount));
                    out.write("\",O");
                    out.write(Long.toString(order));
                    out.write(",\"");
                    out.write(PRODUCTS[random.nextInt(PRODUCTS.length)]);
                    out.write("\",");
                    out.write(Integer.toString(quantity));
                    out.write('\n');
                }
            }
        }
    }
}
