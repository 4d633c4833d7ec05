package io.dangol.crm.marketing;

/** Where marketing's settings are kept. */
public interface MarketingSettingsStore {

    MarketingSettings current();

    void save(MarketingSettings settings, String username);
}
