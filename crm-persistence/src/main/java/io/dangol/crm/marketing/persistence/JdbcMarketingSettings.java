package io.dangol.crm.marketing.persistence;

import io.dangol.crm.marketing.MarketingSettings;
import io.dangol.crm.marketing.MarketingSettingsStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMarketingSettings implements MarketingSettingsStore {

    private final JdbcClient jdbc;

    JdbcMarketingSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MarketingSettings current() {
        return jdbc.sql("select campaign_cap_30d from marketing_settings where id = 1")
                .query((rs, n) -> new MarketingSettings(rs.getInt(1))).optional().orElse(new MarketingSettings(4));
    }

    @Override
    public void save(MarketingSettings settings, String username) {
        jdbc.sql("update marketing_settings set campaign_cap_30d = ?, updated_at = now(), updated_by = ? where id = 1")
                .params(settings.campaignCapPer30Days(), username).update();
    }
}
