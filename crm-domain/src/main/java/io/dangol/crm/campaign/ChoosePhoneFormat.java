package io.dangol.crm.campaign;

import io.dangol.crm.shared.Codes;
import java.util.Optional;

/** An admin chooses how phones are written in campaign files: {@code 010-1234-5678} or digits only. */
public final class ChoosePhoneFormat {

    public record Command(String format, String by) { }

    private final CampaignSettingsStore settings;

    public ChoosePhoneFormat(CampaignSettingsStore settings) {
        this.settings = settings;
    }

    /** False, with nothing saved, when the format is not one of {@link PhoneFormat}. */
    public boolean handle(Command command) {
        Optional<PhoneFormat> format = Codes.parse(PhoneFormat.class, command.format());
        if (format.isEmpty()) {
            return false;
        }
        settings.save(settings.current().withPhoneFormat(format.get()), command.by());
        return true;
    }
}
