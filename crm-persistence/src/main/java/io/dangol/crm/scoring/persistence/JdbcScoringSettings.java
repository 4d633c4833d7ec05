package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.scoring.clv.ModelPeriod;
import io.dangol.crm.scoring.clv.PurchaseModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScoringSettings implements ScoringSettingsStore {

    private final JdbcClient jdbc;

    JdbcScoringSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ScoringSettings current() {
        return jdbc.sql("""
                select window_months, core_share, min_tenure_months, activity_factor, default_cycle_days,
                       referrals_are_advocacy, positive_feedback_is_advocacy, identified_needs_verified_contact, schedule_cron,
                       clv_margin, clv_annual_discount, clv_horizon_months, risk_alive_threshold, risk_no_contact_days,
                       model_period, overdue_floor_days, purchase_model
                from scoring_settings where id = 1""")
                .query((rs, n) -> new ScoringSettings(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9),
                        rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getInt(12), rs.getBigDecimal(13), rs.getInt(14), ModelPeriod.valueOf(rs.getString(15)),
                        rs.getInt(16), PurchaseModel.valueOf(rs.getString(17))))
                .optional().orElseGet(ScoringSettings::defaults);
    }

    @Override
    public void save(ScoringSettings settings, String changedBy) {
        settings.requireValid();
        jdbc.sql("""
                update scoring_settings set window_months = ?, core_share = ?, min_tenure_months = ?, activity_factor = ?,
                       default_cycle_days = ?, referrals_are_advocacy = ?, positive_feedback_is_advocacy = ?,
                       identified_needs_verified_contact = ?, schedule_cron = ?, clv_margin = ?, clv_annual_discount = ?,
                       clv_horizon_months = ?, risk_alive_threshold = ?, risk_no_contact_days = ?, model_period = ?, overdue_floor_days = ?, purchase_model = ?, updated_at = now(),
                       updated_by = ?
                where id = 1""")
                .params(settings.windowMonths(), settings.coreShare(), settings.minTenureMonths(), settings.activityFactor(),
                        settings.defaultCycleDays(), settings.referralsAreAdvocacy(), settings.positiveFeedbackIsAdvocacy(),
                        settings.identifiedNeedsVerifiedContact(), settings.scheduleCron().strip(), settings.margin(),
                        settings.annualDiscountRate(), settings.clvHorizonMonths(), settings.riskAliveThreshold(),
                        settings.riskNoContactDays(), settings.modelPeriod().name(), settings.overdueFloorDays(),
                        settings.purchaseModel().name(), changedBy)
                .update();
    }
}
