package io.dangol.crm.app.cli;

import io.dangol.crm.customer.DuplicatePair;
import io.dangol.crm.customer.DuplicateSearch;
import io.dangol.crm.customer.FindDuplicates;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code duplicates}: runs the duplicate job headless and prints every proposed pair, highest score first — both
 * customers' ids in their source systems ({@code pos:C-1001}, or {@code dangol:42}), the score and the evidence,
 * tab-separated — then {@code duplicates: <n> pairs in <s> s}, the job's own time.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "duplicates")
class DuplicatesCommand implements ApplicationRunner {

    private static final int PAGE = 10_000;

    private final FindDuplicates job;
    private final DuplicateSearch search;

    DuplicatesCommand(FindDuplicates job, DuplicateSearch search) {
        this.job = job;
        this.search = search;
    }

    @Override
    public void run(ApplicationArguments args) {
        FindDuplicates.Result result = job.run();
        PrintStream out = System.out;
        for (int offset = 0; ; offset += PAGE) {
            List<DuplicatePair> page = search.proposed(offset, PAGE);
            page.forEach(pair -> out.println(line(pair)));
            if (page.size() < PAGE) {
                break;
            }
        }
        out.printf(Locale.ROOT, "duplicates: %d pairs in %.1f s%n", result.pairs(), result.took().toMillis() / 1000.0);
        out.flush();
    }

    static String line(DuplicatePair pair) {
        return String.join("\t", pair.first().sourceId(), pair.second().sourceId(),
                String.format(Locale.ROOT, "%.3f", pair.score()),
                pair.evidence().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }
}
