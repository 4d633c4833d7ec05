package io.dangol.crm.importing;

/**
 * A row that was not imported: its line in the file, why (a message code such as {@code import.reject.date}),
 * the offending value, and the row as it was read.
 */
public record Rejection(long line, String reason, String detail, String raw) {
}
