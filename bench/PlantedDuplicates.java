import io.dangol.crm.demo.DemoPopulation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The duplicates the demo planted, as the pairs a perfect duplicate job would print: every two records of one
 * person (an original and each record of it again, and those records with each other), as
 * "demo:C<i><TAB>demo:C<j>" with i < j, the ids of a demo loaded into a fresh database (customer i+1 is invented person i). Usage: java -cp crm-domain.jar bench/PlantedDuplicates.java N SEED [DEMO-DAY]
 */
public class PlantedDuplicates {
    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        DemoPopulation population = new DemoPopulation(Long.parseLong(args[1]), size,
                args.length > 2 ? Instant.parse(args[2] + "T00:00:00Z") : Instant.EPOCH);
        Map<Integer, List<Integer>> people = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            int index = i;
            population.duplicateOf(i).ifPresent(o -> people.computeIfAbsent(o, k -> new ArrayList<>(List.of(k))).add(index));
        }
        StringBuilder out = new StringBuilder();
        for (List<Integer> records : people.values()) {
            records.sort(Integer::compare);
            for (int a = 0; a < records.size(); a++) {
                for (int b = a + 1; b < records.size(); b++) {
                    out.append(DemoPopulation.SOURCE_SYSTEM).append(':').append(DemoPopulation.externalId(records.get(a) + 1L))
                            .append('\t').append(DemoPopulation.SOURCE_SYSTEM).append(':')
                            .append(DemoPopulation.externalId(records.get(b) + 1L)).append('\n');
                }
            }
        }
        System.out.print(out);
    }
}
