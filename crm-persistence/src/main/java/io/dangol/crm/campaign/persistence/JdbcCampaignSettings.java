package io.dangol.crm.campaign.persistence;

import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.CampaignSettingsStore;
import io.dangol.crm.campaign.PhoneFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCampaignSettings implements CampaignSettingsStore {

    private final JdbcClient jdbc;

    JdbcCampaignSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CampaignSettings current() {
        return jdbc.sql("""
                select campaign_cap_30d, phone_format, control_percent, fatigue_days, fatigue_limit, exclude_fatigued
                from marketing_settings where id = 1""")
                .query((rs, n) -> new CampaignSettings(rs.getInt(1), PhoneFormat.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getBoolean(6)))
                .optional().orElse(new CampaignSettings(4));
    }

    @Override
    public void save(CampaignSettings settings, String username) {
        jdbc.sql("""
                update marketing_settings set campaign_cap_30d = ?, phone_format = ?, control_percent = ?, fatigue_days = ?,
                       fatigue_limit = ?, exclude_fatigued = ?, updated_at = now(), updated_by = ?
                where id = 1""")
                .params(settings.campaignCapPer30Days(), settings.phoneFormat().name(), settings.controlPercent(),
                        settings.fatigueDays(), settings.fatigueLimit(), settings.excludeFatigued(), username).update();
    }
}
