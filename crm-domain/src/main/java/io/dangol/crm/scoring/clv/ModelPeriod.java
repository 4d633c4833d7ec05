package io.dangol.crm.scoring.clv;

import java.util.Locale;

/** The time unit of the BG/NBD model: α and the histories are measured in it. */
public enum ModelPeriod {
    DAY(1), WEEK(7), MONTH(365.25 / 12);

    private final double days;

    ModelPeriod(double days) {
        this.days = days;
    }

    public double days() {
        return days;
    }

    public double perMonth() {
        return (365.25 / 12) / days;
    }

    /** As the CLI's JSON names it: "day", "week", "month". */
    public String unit() {
        return name().toLowerCase(Locale.ROOT);
    }
}
