package io.dangol.crm.persistence;

/**
 * The control-group draw of {@code ControlGroup} in SQL, for the stores that hold customers out set-based (campaign
 * exports, the retention hold-out): within a partition, the first ⌊n × percent / 100 + ½⌋ members in the order of
 * the first 64 bits of md5('seed:customer') — the same key as {@code ControlGroup.drawKey}, so a test can hold the two
 * to each other.
 */
public final class ControlDraw {

    private ControlDraw() {
    }

    /**
     * A boolean SQL expression, true for a held-out row: {@code seed} and {@code customer} are SQL expressions,
     * {@code partition} the window's partition (empty for the whole set), {@code percent} a bind parameter.
     */
    public static String heldOut(String seed, String customer, String partition, String percent) {
        String over = partition.isBlank() ? "" : "partition by " + partition + " ";
        return """
                row_number() over (%1$sorder by ('x' || left(md5(cast(%2$s as text) || ':' || %3$s), 16))::bit(64)::bigint, %3$s)
                    <= (count(*) over (%1$s) * %4$s + 50) / 100""".formatted(over, seed, customer, percent);
    }
}
