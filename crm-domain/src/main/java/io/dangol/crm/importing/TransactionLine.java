package io.dangol.crm.importing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of a {@code transactions} file, checked: who bought (their id in the source system), when, for how much
 * (the line's total), and optionally which order, which product, how many.
 */
public record TransactionLine(long line, String customerId, Instant orderedAt, BigDecimal amount, String orderId,
                              String product, int quantity) {
}
