package io.dangol.crm.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The public datasets (CDNOW, UCI Online Retail, NSMC) kept in {@code ../shared/datasets} beside the project, never in
 * the repository. A test that needs one skips without it — unless {@code CRM_REQUIRE_DATASETS=true} (CI sets it),
 * where a missing dataset fails the test.
 */
public final class Datasets {

    public static final String REQUIRED = "CRM_REQUIRE_DATASETS";

    private Datasets() {
    }

    /** The file under the datasets folder, or the test skipped (failed where datasets are required). */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            missing(file);
        }
        return file;
    }

    static void missing(Path path) {
        String message = "dataset not found: " + path + " (the public datasets live in ../shared/datasets beside the project)";
        if ("true".equalsIgnoreCase(System.getenv(REQUIRED))) {
            throw new IllegalStateException(REQUIRED + "=true but " + message);
        }
        Assumptions.abort(message);
    }

    private static Path root() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        return root == null ? Path.of("/nonexistent") : root.getParent().resolve("shared/datasets");
    }
}
