package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderRules;
import io.dangol.crm.scoring.clv.ModelPeriod;
import io.dangol.crm.scoring.clv.PurchaseModel;
import io.dangol.crm.scoring.clv.ValueModels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The thresholds of scoring and the ladder, editable by admins. {@link #problems()} lists what is out of
 * range (as message keys); a settings object with problems is never stored.
 *
 * @param windowMonths            months of history for profit, F and M (24)
 * @param coreShare               the top share by profit that can be core (0.10)
 * @param minTenureMonths         relationship length a core customer needs (12)
 * @param activityFactor          overdue when silent longer than this × their own average gap (2.0)
 * @param defaultCycleDays        the "own rhythm" of a one-order customer (180)
 * @param referralsAreAdvocacy    a referral counts as advocacy
 * @param positiveFeedbackIsAdvocacy positive feedback counts as advocacy
 * @param identifiedNeedsVerifiedContact identified needs a verified contact point (else any contact point)
 * @param scheduleCron            when the nightly run starts (Spring cron, 6 fields)
 * @param margin                  share of spend that is margin, for predicted CLV (0.30)
 * @param annualDiscountRate      yearly discount rate of predicted CLV (0.10)
 * @param clvHorizonMonths        how far predicted CLV looks ahead (12)
 * @param riskAliveThreshold      the churn radar flags P(alive) below this (0.50)
 * @param riskNoContactDays       "no contact for a long time" means longer than this (180)
 * @param modelPeriod             the time unit of the purchase model (weeks)
 * @param overdueFloorDays        overdue also needs at least this many silent days (90; chosen by the radar backtest)
 * @param purchaseModel           BG/NBD or MBG/NBD (MBG/NBD; chosen by the backtests)
 */
public record ScoringSettings(int windowMonths, BigDecimal coreShare, int minTenureMonths, BigDecimal activityFactor,
                              int defaultCycleDays, boolean referralsAreAdvocacy, boolean positiveFeedbackIsAdvocacy,
                              boolean identifiedNeedsVerifiedContact, String scheduleCron, BigDecimal margin,
                              BigDecimal annualDiscountRate, int clvHorizonMonths, BigDecimal riskAliveThreshold,
                              int riskNoContactDays, ModelPeriod modelPeriod, int overdueFloorDays,
                              PurchaseModel purchaseModel) {

    public static final int DEFAULT_OVERDUE_FLOOR_DAYS = 90;

    public static ScoringSettings defaults() {
        return new ScoringSettings(24, new BigDecimal("0.10"), 12, new BigDecimal("2.0"), 180, true, true, true,
                "0 0 2 * * *", new BigDecimal("0.30"), new BigDecimal("0.10"), 12, new BigDecimal("0.50"), 180, ModelPeriod.WEEK,
                DEFAULT_OVERDUE_FLOOR_DAYS, PurchaseModel.MBG_NBD);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (windowMonths < 1 || windowMonths > 120) {
            problems.add("scoring.settings.windowMonths.range");
        }
        if (coreShare == null || coreShare.compareTo(new BigDecimal("0.01")) < 0 || coreShare.compareTo(new BigDecimal("0.50")) > 0) {
            problems.add("scoring.settings.coreShare.range");
        }
        if (minTenureMonths < 0 || minTenureMonths > 120) {
            problems.add("scoring.settings.minTenureMonths.range");
        }
        if (activityFactor == null || activityFactor.compareTo(BigDecimal.ONE) < 0 || activityFactor.compareTo(BigDecimal.TEN) > 0) {
            problems.add("scoring.settings.activityFactor.range");
        }
        if (defaultCycleDays < 7 || defaultCycleDays > 3650) {
            problems.add("scoring.settings.defaultCycleDays.range");
        }
        if (!referralsAreAdvocacy && !positiveFeedbackIsAdvocacy) {
            problems.add("scoring.settings.advocacy.none");
        }
        if (margin.compareTo(new BigDecimal("0.01")) < 0 || margin.compareTo(BigDecimal.ONE) > 0) {
            problems.add("scoring.settings.margin.range");
        }
        if (annualDiscountRate.signum() < 0 || annualDiscountRate.compareTo(BigDecimal.ONE) > 0) {
            problems.add("scoring.settings.annualDiscount.range");
        }
        if (clvHorizonMonths < 1 || clvHorizonMonths > 120) {
            problems.add("scoring.settings.clvHorizonMonths.range");
        }
        if (riskAliveThreshold.compareTo(new BigDecimal("0.01")) < 0 || riskAliveThreshold.compareTo(new BigDecimal("0.99")) > 0) {
            problems.add("scoring.settings.riskAlive.range");
        }
        if (riskNoContactDays < 7 || riskNoContactDays > 3650) {
            problems.add("scoring.settings.riskNoContactDays.range");
        }
        if (overdueFloorDays < 0 || overdueFloorDays > 365) {
            problems.add("scoring.settings.overdueFloorDays.range");
        }
        if (scheduleCron == null || scheduleCron.isBlank() || scheduleCron.strip().split("\\s+").length != 6) {
            problems.add("scoring.settings.scheduleCron.invalid");
        }
        return problems;
    }

    public ValueModels.Terms valueTerms() {
        return new ValueModels.Terms(margin, annualDiscountRate, clvHorizonMonths, 0, modelPeriod, purchaseModel);
    }

    public ChurnRadar churnRadar() {
        return new ChurnRadar(riskAliveThreshold.doubleValue(), riskNoContactDays);
    }

    public LadderRules ladderRules() {
        return new LadderRules(coreShare, minTenureMonths, activityFactor, defaultCycleDays, referralsAreAdvocacy,
                positiveFeedbackIsAdvocacy, identifiedNeedsVerifiedContact, overdueFloorDays);
    }

    /** The same settings with another overdue floor (the radar backtest tries several). */
    public ScoringSettings withOverdueFloorDays(int days) {
        return new ScoringSettings(windowMonths, coreShare, minTenureMonths, activityFactor, defaultCycleDays,
                referralsAreAdvocacy, positiveFeedbackIsAdvocacy, identifiedNeedsVerifiedContact, scheduleCron, margin,
                annualDiscountRate, clvHorizonMonths, riskAliveThreshold, riskNoContactDays, modelPeriod, days, purchaseModel);
    }

    /** The same settings with another purchase model (the backtests compare them). */
    public ScoringSettings withPurchaseModel(PurchaseModel model) {
        return new ScoringSettings(windowMonths, coreShare, minTenureMonths, activityFactor, defaultCycleDays,
                referralsAreAdvocacy, positiveFeedbackIsAdvocacy, identifiedNeedsVerifiedContact, scheduleCron, margin,
                annualDiscountRate, clvHorizonMonths, riskAliveThreshold, riskNoContactDays, modelPeriod, overdueFloorDays, model);
    }

    public ScoringSettings requireValid() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid scoring settings: " + problems);
        }
        return this;
    }

    /** Shares and factors keep the database's scale (0.100, 2.00), so equal settings are equal records. */
    public ScoringSettings {
        coreShare = Objects.requireNonNull(coreShare, "coreShare").setScale(3, RoundingMode.HALF_UP);
        activityFactor = Objects.requireNonNull(activityFactor, "activityFactor").setScale(2, RoundingMode.HALF_UP);
        margin = Objects.requireNonNull(margin, "margin").setScale(3, RoundingMode.HALF_UP);
        annualDiscountRate = Objects.requireNonNull(annualDiscountRate, "annualDiscountRate").setScale(3, RoundingMode.HALF_UP);
        Objects.requireNonNull(modelPeriod, "modelPeriod");
        Objects.requireNonNull(purchaseModel, "purchaseModel");
        riskAliveThreshold = Objects.requireNonNull(riskAliveThreshold, "riskAliveThreshold").setScale(3, RoundingMode.HALF_UP);
    }
}
