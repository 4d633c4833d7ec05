package io.dangol.crm.scoring.clv;

/**
 * A customer's buying as the BG/NBD model sees it, in periods (weeks by default): {@code x} repeat
 * purchases, the last at {@code tx} after the first, observed for {@code age} periods since the first.
 * {@code customers} is how many customers share exactly this history (the fit works on unique histories).
 */
public record RepeatHistory(int x, double tx, double age, long customers) {

    public RepeatHistory {
        if (x < 0 || tx < 0 || age < tx || customers < 1 || (x == 0 && tx != 0)) {
            throw new IllegalArgumentException("not a purchase history: x=" + x + ", tx=" + tx + ", T=" + age + ", n=" + customers);
        }
    }

    public static RepeatHistory of(int x, double tx, double age) {
        return new RepeatHistory(x, tx, age, 1);
    }
}
