package io.dangol.crm.campaign;

import io.dangol.crm.shared.WholeNumber;

/**
 * An admin changes the rules that make campaigns measurable: the default control group share (0 to 50 %), how many
 * days after a touch a consent withdrawal counts against the campaign (1 to 90), after how many such withdrawals a
 * customer is fatigued (1 to 10), and whether fatigued customers are left out of exports.
 */
public final class ChangeEvidenceRules {

    public record Command(String controlPercent, String fatigueDays, String fatigueLimit, boolean excludeFatigued, String by) { }

    private final CampaignSettingsStore settings;

    public ChangeEvidenceRules(CampaignSettingsStore settings) {
        this.settings = settings;
    }

    /** False, with nothing saved, when a number is not whole or out of its range. */
    public boolean handle(Command command) {
        try {
            CampaignSettings changed = settings.current().withEvidence(whole(command.controlPercent()),
                    whole(command.fatigueDays()), whole(command.fatigueLimit()), command.excludeFatigued());
            settings.save(changed, command.by());
            return true;
        } catch (IllegalArgumentException e) { // not a number, or out of range (the settings' own checks)
            return false;
        }
    }

    private static int whole(String value) {
        return WholeNumber.parseInt(value, "%");
    }
}
