package io.dangol.crm.warehouse;

import java.nio.file.Path;
import java.util.List;

/** One reporting dataset as written for the warehouse: its name (the view in schema {@code report}), rows, files. */
public record Dataset(String name, long rows, List<Path> files) {

    public Dataset {
        files = List.copyOf(files);
    }
}
