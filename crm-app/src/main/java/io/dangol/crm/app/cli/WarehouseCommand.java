package io.dangol.crm.app.cli;

import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.warehouse.Dataset;
import io.dangol.crm.warehouse.FeedTheWarehouse;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code warehouse [--to=DIR]}: writes the warehouse feed of the latest successful scoring run into DIR (default
 * CRM_WAREHOUSE_DIR) — the dated folder the nightly run would write — and prints each dataset, then
 * {@code warehouse: <customers> customers in <s> s; csv <MB> MB, parquet <MB> MB; <folder>}.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "warehouse")
class WarehouseCommand implements ApplicationRunner, ExitCodeGenerator {

    private final FeedTheWarehouse feed;
    private final ScoringRuns runs;
    private int exitCode;

    WarehouseCommand(FeedTheWarehouse feed, ScoringRuns runs) {
        this.feed = feed;
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        PrintStream out = System.out;
        Optional<Path> to = Optional.ofNullable(args.getOptionValues("to")).flatMap(v -> v.stream().findFirst())
                .map(Path::of).or(feed::root);
        if (to.isEmpty()) {
            System.err.println("warehouse: say where the files go: --to=DIR or CRM_WAREHOUSE_DIR");
            exitCode = 2;
            return;
        }
        Optional<ScoringRun> latest = runs.latest(100).stream().filter(r -> r.status() == ScoringStatus.SUCCEEDED).findFirst();
        if (latest.isEmpty()) {
            System.err.println("warehouse: no successful scoring run yet; run `score` first");
            exitCode = 1;
            return;
        }
        FeedTheWarehouse.Feed written = feed.handle(latest.get().id(), to.get());
        long csv = 0;
        long parquet = 0;
        long customers = 0;
        for (Dataset dataset : written.datasets()) {
            long datasetCsv = size(dataset.files(), ".csv");
            long datasetParquet = size(dataset.files(), ".parquet");
            csv += datasetCsv;
            parquet += datasetParquet;
            if (dataset.name().equals("scores")) {
                customers = dataset.rows();
            }
            out.printf(Locale.ROOT, "%s: %d rows (csv %.1f MB, parquet %.1f MB)%n", dataset.name(), dataset.rows(),
                    datasetCsv / 1e6, datasetParquet / 1e6);
        }
        out.printf(Locale.ROOT, "warehouse: %d customers in %.1f s; csv %.1f MB, parquet %.1f MB; %s%n", customers,
                written.took().toMillis() / 1000.0, csv / 1e6, parquet / 1e6, written.folder().toAbsolutePath());
        out.flush();
    }

    private static long size(List<Path> files, String suffix) {
        return files.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).mapToLong(f -> {
            try {
                return Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
