package io.dangol.crm.scoring.clv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The CDNOW reference data, kept beside the project (never in the repository): tests skip without it, unless
 * {@code CRM_REQUIRE_DATASETS=true} (CI sets it), where its absence fails them.
 */
final class Cdnow {

    record Customer(String id, int x, double tx, double age, int holdout, double meanRepeatValue) { }

    private Cdnow() {
    }

    static Path folder() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Path folder = root == null ? null : root.getParent().resolve("shared/datasets/cdnow");
        if (folder == null || !Files.isDirectory(folder)) {
            String message = "CDNOW validation: needs the CDNOW dataset in ../shared/datasets/cdnow beside the project";
            if ("true".equalsIgnoreCase(System.getenv("CRM_REQUIRE_DATASETS"))) {
                throw new IllegalStateException("CRM_REQUIRE_DATASETS=true but it is missing. " + message);
            }
            Assumptions.abort(message + "; skipped");
        }
        return folder;
    }

    /** BTYD's cdnowSummary$cbs: exact weeks, 39-week calibration, holdout counts, mean repeat value. */
    static List<Customer> calibration() {
        try (var lines = Files.lines(folder().resolve("btyd_cdnowSummary_cbs.csv"))) {
            return lines.skip(1).map(line -> line.split(",")).map(f -> new Customer(unquote(f[0]), (int) Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), (int) Double.parseDouble(f[4]), Double.parseDouble(f[5])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }
}
