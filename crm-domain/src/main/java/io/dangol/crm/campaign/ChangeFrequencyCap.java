package io.dangol.crm.campaign;

/** An admin changes the frequency cap: how many campaign touches a customer gets at most in 30 days. */
public final class ChangeFrequencyCap {

    public record Command(String cap, String by) { }

    private final CampaignSettingsStore settings;

    public ChangeFrequencyCap(CampaignSettingsStore settings) {
        this.settings = settings;
    }

    /** False, with nothing saved, when the cap is not a whole number from {@value CampaignSettings#MIN_CAP} to {@value CampaignSettings#MAX_CAP}. */
    public boolean handle(Command command) {
        int cap;
        try {
            cap = Integer.parseInt(command.cap() == null ? "" : command.cap().strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (cap < CampaignSettings.MIN_CAP || cap > CampaignSettings.MAX_CAP) {
            return false;
        }
        settings.save(settings.current().withCap(cap), command.by());
        return true;
    }
}
