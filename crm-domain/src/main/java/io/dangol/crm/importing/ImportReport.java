package io.dangol.crm.importing;

import java.util.List;

/** How an import ended: the run's counts and the first rejected rows (all are kept with the run). */
public record ImportReport(ImportRun run, List<Rejection> rejections) {
}
