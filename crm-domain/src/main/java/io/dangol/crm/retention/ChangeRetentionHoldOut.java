package io.dangol.crm.retention;

import io.dangol.crm.shared.WholeNumber;

/** An admin sets the share of newly flagged core customers held out of retention contact (0 to 50 %). */
public final class ChangeRetentionHoldOut {

    public record Command(String percent, String by) { }

    private final RetentionSettings settings;

    public ChangeRetentionHoldOut(RetentionSettings settings) {
        this.settings = settings;
    }

    /** False, with nothing saved, when the share is not a whole number from 0 to 50. */
    public boolean handle(Command command) {
        try {
            RetentionHoldOut holdOut = new RetentionHoldOut(WholeNumber.parseInt(command.percent(), "%"));
            settings.save(holdOut, command.by());
            return true;
        } catch (IllegalArgumentException e) { // not a number, or out of range
            return false;
        }
    }
}
