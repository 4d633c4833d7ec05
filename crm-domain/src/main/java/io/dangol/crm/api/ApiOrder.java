package io.dangol.crm.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it: where it came from, when, its lines and what was refunded of them. Amounts in won
 * (minor units none), as {@code BigDecimal}.
 */
public record ApiOrder(long id, String sourceSystem, String orderId, String channel, Instant orderedAt,
                           BigDecimal total, BigDecimal refunded, List<Line> lines) {

    public record Line(int lineNo, String product, int quantity, BigDecimal unitPrice, BigDecimal discount,
                       boolean gift, int returnedQuantity) {
    }
}
