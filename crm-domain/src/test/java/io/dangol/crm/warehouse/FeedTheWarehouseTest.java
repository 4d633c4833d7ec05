package io.dangol.crm.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedTheWarehouseTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Writes one small file per dataset; fails when told to. */
    private static final class Files2 implements WarehouseFiles {
        boolean fail;

        @Override
        public List<Dataset> write(long runId, Path folder) throws IOException {
            Files.createDirectories(folder);
            Path scores = Files.writeString(folder.resolve("scores.csv"), "customer_key\nabc\n");
            if (fail) {
                throw new IOException("disk full");
            }
            return List.of(new Dataset("scores", 1, List.of(scores)));
        }
    }

    private final Files2 files = new Files2();

    private FeedTheWarehouse feed(Path root, int keep, String instant) {
        return new FeedTheWarehouse(files, Optional.of(root), keep, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), SEOUL);
    }

    @Test
    void aFeedLandsWholeInAFolderNamedByTheBusinessDateAndRun(@TempDir Path root) throws IOException {
        // 23:30 UTC is already the next morning in Seoul
        FeedTheWarehouse.Feed feed = feed(root, 3, "2026-12-03T23:30:00Z").handle(118, root);

        assertThat(feed.folder()).isEqualTo(root.resolve("2026-12-04-run-118"));
        assertThat(feed.datasets().get(0).files()).containsExactly(root.resolve("2026-12-04-run-118/scores.csv"));
        assertThat(Files.readString(root.resolve("2026-12-04-run-118/scores.csv"))).contains("abc");
        assertThat(list(root)).containsExactly("2026-12-04-run-118");
    }

    @Test
    void onlyTheNewestFeedsAreKeptAndAFailedOneLeavesNothingBehindButItsPartialFolder(@TempDir Path root) throws IOException {
        feed(root, 2, "2026-12-01T10:00:00Z").handle(9, root);
        feed(root, 2, "2026-12-02T10:00:00Z").handle(10, root);
        feed(root, 2, "2026-12-02T11:00:00Z").handle(11, root);
        assertThat(list(root)).containsExactly("2026-12-02-run-10", "2026-12-02-run-11");

        files.fail = true;
        assertThatThrownBy(() -> feed(root, 2, "2026-12-03T10:00:00Z").handle(12, root)).hasMessage("disk full");
        assertThat(list(root)).as("no half feed under a feed's name").containsExactly(".2026-12-03-run-12.partial",
                "2026-12-02-run-10", "2026-12-02-run-11");
        files.fail = false;
        feed(root, 2, "2026-12-03T10:05:00Z").handle(12, root);
        assertThat(list(root)).containsExactly("2026-12-02-run-11", "2026-12-03-run-12");
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> listed = Files.list(root)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
