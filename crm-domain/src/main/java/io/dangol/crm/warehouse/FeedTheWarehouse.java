package io.dangol.crm.warehouse;

import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * After each successful scoring run, a dated folder of files for the data warehouse ({@code 2026-12-04-run-118/}:
 * scores, ladder moves, churn flags, campaigns, scoring runs — each as CSV and Parquet), written beside the folder and
 * moved into place whole, so a BI tool watching the folder never reads half a feed. The newest {@code keep} feeds are
 * kept. A feed that fails is logged and never fails the run: the scores are in place either way.
 */
public final class FeedTheWarehouse implements ScoringListener {

    private static final System.Logger LOG = System.getLogger(FeedTheWarehouse.class.getName());
    private static final Pattern FEED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-run-(\\d+)");

    /** A feed written: its folder, datasets and how long it took. */
    public record Feed(Path folder, List<Dataset> datasets, Duration took) {
    }

    private final WarehouseFiles files;
    private final Optional<Path> root;
    private final int keep;
    private final Clock clock;
    private final ZoneId zone;

    /** @param root where feeds go; empty: no feed after runs (the command still writes one where it is told) */
    public FeedTheWarehouse(WarehouseFiles files, Optional<Path> root, int keep, Clock clock, ZoneId zone) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one feed");
        }
        this.files = files;
        this.root = root;
        this.keep = keep;
        this.clock = clock;
        this.zone = zone;
    }

    public Optional<Path> root() {
        return root;
    }

    @Override
    public void runFinished(ScoringRun run) {
        if (run.status() != ScoringStatus.SUCCEEDED || root.isEmpty()) {
            return;
        }
        try {
            Feed feed = handle(run.id(), root.get());
            LOG.log(System.Logger.Level.INFO, "warehouse feed {0}: {1} datasets in {2} ms", feed.folder(),
                    feed.datasets().size(), feed.took().toMillis());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "warehouse feed for scoring run " + run.id() + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes the feed of this run under {@code base} (replacing an earlier feed of the same run) and prunes old ones. */
    public Feed handle(long runId, Path base) throws IOException {
        Instant started = clock.instant();
        Files.createDirectories(base);
        String name = LocalDate.ofInstant(started, zone) + "-run-" + runId;
        Path partial = base.resolve("." + name + ".partial");
        Path done = base.resolve(name);
        deleteTree(partial);
        List<Dataset> datasets = files.write(runId, partial);
        deleteTree(done);
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        prune(base);
        List<Dataset> moved = datasets.stream().map(d -> new Dataset(d.name(), d.rows(),
                d.files().stream().map(f -> done.resolve(f.getFileName())).toList())).toList();
        return new Feed(done, moved, Duration.between(started, clock.instant()));
    }

    private void prune(Path base) throws IOException {
        List<Path> feeds;
        try (Stream<Path> listed = Files.list(base)) {
            feeds = listed.filter(p -> FEED.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> part(p, 1)).thenComparing(p -> Long.parseLong(part(p, 2)))
                            .reversed())
                    .toList();
        }
        for (Path old : feeds.subList(Math.min(keep, feeds.size()), feeds.size())) {
            deleteTree(old);
        }
    }

    private static String part(Path feed, int group) {
        Matcher m = FEED.matcher(feed.getFileName().toString());
        return m.matches() ? m.group(group) : "";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
