package io.dangol.crm.scoring.web;

import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.clv.ModelPeriod;
import io.dangol.crm.scoring.clv.PurchaseModel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The settings form; the core share is entered in percent. A bean with setters rather than a record: with
 * constructor binding one unparsable number ("abc") leaves no form object at all, and the page could not
 * show the admin what they typed next to the message.
 */
public class ScoringSettingsForm {

    @NotNull(message = "{scoring.settings.windowMonths.range}")
    @Min(value = 1, message = "{scoring.settings.windowMonths.range}")
    @Max(value = 120, message = "{scoring.settings.windowMonths.range}")
    private Integer windowMonths;

    @NotNull(message = "{scoring.settings.coreShare.range}")
    @DecimalMin(value = "1", message = "{scoring.settings.coreShare.range}")
    @DecimalMax(value = "50", message = "{scoring.settings.coreShare.range}")
    private BigDecimal corePercent;

    @NotNull(message = "{scoring.settings.minTenureMonths.range}")
    @Min(value = 0, message = "{scoring.settings.minTenureMonths.range}")
    @Max(value = 120, message = "{scoring.settings.minTenureMonths.range}")
    private Integer minTenureMonths;

    @NotNull(message = "{scoring.settings.activityFactor.range}")
    @DecimalMin(value = "1", message = "{scoring.settings.activityFactor.range}")
    @DecimalMax(value = "10", message = "{scoring.settings.activityFactor.range}")
    private BigDecimal activityFactor;

    @NotNull(message = "{scoring.settings.defaultCycleDays.range}")
    @Min(value = 7, message = "{scoring.settings.defaultCycleDays.range}")
    @Max(value = 3650, message = "{scoring.settings.defaultCycleDays.range}")
    private Integer defaultCycleDays;

    private boolean referralsAreAdvocacy;
    private boolean positiveFeedbackIsAdvocacy;
    private boolean identifiedNeedsVerifiedContact;

    @NotBlank(message = "{scoring.settings.scheduleCron.invalid}")
    private String scheduleCron;

    @NotNull(message = "{scoring.settings.margin.range}")
    @DecimalMin(value = "1", message = "{scoring.settings.margin.range}")
    @DecimalMax(value = "100", message = "{scoring.settings.margin.range}")
    private BigDecimal marginPercent;

    @NotNull(message = "{scoring.settings.annualDiscount.range}")
    @DecimalMin(value = "0", message = "{scoring.settings.annualDiscount.range}")
    @DecimalMax(value = "100", message = "{scoring.settings.annualDiscount.range}")
    private BigDecimal discountPercent;

    @NotNull(message = "{scoring.settings.clvHorizonMonths.range}")
    @Min(value = 1, message = "{scoring.settings.clvHorizonMonths.range}")
    @Max(value = 120, message = "{scoring.settings.clvHorizonMonths.range}")
    private Integer clvHorizonMonths;

    @NotNull(message = "{scoring.settings.riskAlive.range}")
    @DecimalMin(value = "1", message = "{scoring.settings.riskAlive.range}")
    @DecimalMax(value = "99", message = "{scoring.settings.riskAlive.range}")
    private BigDecimal riskAlivePercent;

    @NotNull(message = "{scoring.settings.riskNoContactDays.range}")
    @Min(value = 7, message = "{scoring.settings.riskNoContactDays.range}")
    @Max(value = 3650, message = "{scoring.settings.riskNoContactDays.range}")
    private Integer riskNoContactDays;

    @NotNull(message = "{scoring.settings.overdueFloorDays.range}")
    @Min(value = 0, message = "{scoring.settings.overdueFloorDays.range}")
    @Max(value = 365, message = "{scoring.settings.overdueFloorDays.range}")
    private Integer overdueFloorDays;

    @NotNull(message = "{scoring.settings.purchaseModel.required}")
    private PurchaseModel purchaseModel;

    @NotNull(message = "{scoring.settings.modelPeriod.required}")
    private ModelPeriod modelPeriod;

    /** A share as a plain percent: 0.1 → 10 (never {@code 1E+1}), 0.125 → 12.5. */
    static BigDecimal percent(BigDecimal share) {
        BigDecimal percent = share.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    static ScoringSettingsForm from(ScoringSettings settings) {
        ScoringSettingsForm form = new ScoringSettingsForm();
        form.windowMonths = settings.windowMonths();
        form.corePercent = percent(settings.coreShare());
        form.minTenureMonths = settings.minTenureMonths();
        form.activityFactor = settings.activityFactor().stripTrailingZeros();
        form.defaultCycleDays = settings.defaultCycleDays();
        form.referralsAreAdvocacy = settings.referralsAreAdvocacy();
        form.positiveFeedbackIsAdvocacy = settings.positiveFeedbackIsAdvocacy();
        form.identifiedNeedsVerifiedContact = settings.identifiedNeedsVerifiedContact();
        form.scheduleCron = settings.scheduleCron();
        form.marginPercent = percent(settings.margin());
        form.discountPercent = percent(settings.annualDiscountRate());
        form.clvHorizonMonths = settings.clvHorizonMonths();
        form.riskAlivePercent = percent(settings.riskAliveThreshold());
        form.riskNoContactDays = settings.riskNoContactDays();
        form.overdueFloorDays = settings.overdueFloorDays();
        form.purchaseModel = settings.purchaseModel();
        form.modelPeriod = settings.modelPeriod();
        return form;
    }

    ScoringSettings toSettings() {
        return new ScoringSettings(windowMonths, corePercent.movePointLeft(2).setScale(3, RoundingMode.HALF_UP),
                minTenureMonths, activityFactor.setScale(2, RoundingMode.HALF_UP), defaultCycleDays,
                referralsAreAdvocacy, positiveFeedbackIsAdvocacy, identifiedNeedsVerifiedContact, scheduleCron.strip(),
                marginPercent.movePointLeft(2), discountPercent.movePointLeft(2), clvHorizonMonths,
                riskAlivePercent.movePointLeft(2), riskNoContactDays, modelPeriod, overdueFloorDays, purchaseModel);
    }

    public Integer getWindowMonths() {
        return windowMonths;
    }

    public void setWindowMonths(Integer windowMonths) {
        this.windowMonths = windowMonths;
    }

    public BigDecimal getCorePercent() {
        return corePercent;
    }

    public void setCorePercent(BigDecimal corePercent) {
        this.corePercent = corePercent;
    }

    public Integer getMinTenureMonths() {
        return minTenureMonths;
    }

    public void setMinTenureMonths(Integer minTenureMonths) {
        this.minTenureMonths = minTenureMonths;
    }

    public BigDecimal getActivityFactor() {
        return activityFactor;
    }

    public void setActivityFactor(BigDecimal activityFactor) {
        this.activityFactor = activityFactor;
    }

    public Integer getDefaultCycleDays() {
        return defaultCycleDays;
    }

    public void setDefaultCycleDays(Integer defaultCycleDays) {
        this.defaultCycleDays = defaultCycleDays;
    }

    public boolean isReferralsAreAdvocacy() {
        return referralsAreAdvocacy;
    }

    public void setReferralsAreAdvocacy(boolean referralsAreAdvocacy) {
        this.referralsAreAdvocacy = referralsAreAdvocacy;
    }

    public boolean isPositiveFeedbackIsAdvocacy() {
        return positiveFeedbackIsAdvocacy;
    }

    public void setPositiveFeedbackIsAdvocacy(boolean positiveFeedbackIsAdvocacy) {
        this.positiveFeedbackIsAdvocacy = positiveFeedbackIsAdvocacy;
    }

    public boolean isIdentifiedNeedsVerifiedContact() {
        return identifiedNeedsVerifiedContact;
    }

    public void setIdentifiedNeedsVerifiedContact(boolean identifiedNeedsVerifiedContact) {
        this.identifiedNeedsVerifiedContact = identifiedNeedsVerifiedContact;
    }

    public BigDecimal getMarginPercent() {
        return marginPercent;
    }

    public void setMarginPercent(BigDecimal marginPercent) {
        this.marginPercent = marginPercent;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public Integer getClvHorizonMonths() {
        return clvHorizonMonths;
    }

    public void setClvHorizonMonths(Integer clvHorizonMonths) {
        this.clvHorizonMonths = clvHorizonMonths;
    }

    public BigDecimal getRiskAlivePercent() {
        return riskAlivePercent;
    }

    public void setRiskAlivePercent(BigDecimal riskAlivePercent) {
        this.riskAlivePercent = riskAlivePercent;
    }

    public Integer getRiskNoContactDays() {
        return riskNoContactDays;
    }

    public void setRiskNoContactDays(Integer riskNoContactDays) {
        this.riskNoContactDays = riskNoContactDays;
    }

    public ModelPeriod getModelPeriod() {
        return modelPeriod;
    }

    public void setModelPeriod(ModelPeriod modelPeriod) {
        this.modelPeriod = modelPeriod;
    }

    public String getScheduleCron() {
        return scheduleCron;
    }

    public void setScheduleCron(String scheduleCron) {
        this.scheduleCron = scheduleCron;
    }

    public Integer getOverdueFloorDays() {
        return overdueFloorDays;
    }

    public void setOverdueFloorDays(Integer overdueFloorDays) {
        this.overdueFloorDays = overdueFloorDays;
    }

    public PurchaseModel getPurchaseModel() {
        return purchaseModel;
    }

    public void setPurchaseModel(PurchaseModel purchaseModel) {
        this.purchaseModel = purchaseModel;
    }
}
