package io.dangol.crm.app.config;

import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.campaign.CampaignExportStore;
import io.dangol.crm.campaign.CampaignSettingsStore;
import io.dangol.crm.campaign.CampaignHeadlines;
import io.dangol.crm.campaign.CampaignOutcomes;
import io.dangol.crm.campaign.ChangeEvidenceRules;
import io.dangol.crm.campaign.ChangeFrequencyCap;
import io.dangol.crm.campaign.ReadCampaignResults;
import io.dangol.crm.campaign.RefreshCampaignHeadlines;
import io.dangol.crm.campaign.ChoosePhoneFormat;
import io.dangol.crm.campaign.ExportCampaign;
import io.dangol.crm.consent.Consents;
import io.dangol.crm.consent.RecordConsent;
import io.dangol.crm.contact.CompleteFollowUp;
import io.dangol.crm.contact.ContactLog;
import io.dangol.crm.contact.LogContact;
import io.dangol.crm.contact.RescheduleFollowUp;
import io.dangol.crm.customer.ContactPoints;
import io.dangol.crm.customer.CorrectContactPoint;
import io.dangol.crm.customer.VerifyContactPoint;
import io.dangol.crm.retention.AssignRetentionCase;
import io.dangol.crm.retention.ChangeRetentionStatus;
import io.dangol.crm.retention.ChangeRetentionHoldOut;
import io.dangol.crm.retention.OpenRetentionCases;
import io.dangol.crm.retention.RetentionSettings;
import io.dangol.crm.retention.RetentionCases;
import io.dangol.crm.scoring.RunScoring;
import io.dangol.crm.scoring.ChangeScoringSettings;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.warehouse.FeedTheWarehouse;
import io.dangol.crm.warehouse.WarehouseFiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import io.dangol.crm.shared.Transactions;
import io.dangol.crm.customer.AddContactPoint;
import io.dangol.crm.customer.CustomerProfiles;
import io.dangol.crm.customer.DuplicateCandidates;
import io.dangol.crm.customer.EditCustomer;
import io.dangol.crm.customer.RegisterCustomer;
import io.dangol.crm.customer.DuplicateSearch;
import io.dangol.crm.customer.FindDuplicates;
import io.dangol.crm.customer.CustomerMerges;
import io.dangol.crm.customer.MergeCustomers;
import io.dangol.crm.customer.TellApart;
import io.dangol.crm.customer.EraseCustomer;
import io.dangol.crm.customer.Erasures;
import io.dangol.crm.customer.RetireContactPoint;
import io.dangol.crm.customer.UndoMerge;
import io.dangol.crm.customer.Registrations;

import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases pages, the API, the import and the CLI call: plain domain classes over the ports. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    LogContact logContact(ContactLog contacts, RetentionCases retention, AppUsers users, Transactions transactions,
                          BusinessZone zone, Clock clock, RetireContactPoint retire) {
        return new LogContact(contacts, retention, users, transactions, zone, clock, (customer, channel, outcome, by, at) ->
                retire.retireInUse(customer, channel == io.dangol.crm.contact.ContactChannel.EMAIL
                                ? io.dangol.crm.customer.ContactPointKind.EMAIL : io.dangol.crm.customer.ContactPointKind.PHONE,
                        outcome == io.dangol.crm.contact.ContactOutcome.BOUNCED
                                ? io.dangol.crm.customer.ContactPointRetirement.BOUNCED
                                : io.dangol.crm.customer.ContactPointRetirement.UNREACHABLE, by));
    }

    @Bean
    RescheduleFollowUp rescheduleFollowUp(ContactLog contacts, AppUsers users, BusinessZone zone, Clock clock) {
        return new RescheduleFollowUp(contacts, users, zone, clock);
    }

    @Bean
    CompleteFollowUp completeFollowUp(ContactLog contacts, AppUsers users, Clock clock) {
        return new CompleteFollowUp(contacts, users, clock);
    }

    @Bean
    RecordConsent recordConsent(Consents consents, Clock clock) {
        return new RecordConsent(consents, clock);
    }

    @Bean
    VerifyContactPoint verifyContactPoint(ContactPoints points, Clock clock) {
        return new VerifyContactPoint(points, clock);
    }

    @Bean
    CorrectContactPoint correctContactPoint(ContactPoints points, Clock clock) {
        return new CorrectContactPoint(points, clock);
    }

    @Bean
    OpenRetentionCases openRetentionCases(RetentionCases cases, RetentionSettings settings, Clock clock) {
        return new OpenRetentionCases(cases, settings, clock);
    }

    @Bean
    AssignRetentionCase assignRetentionCase(RetentionCases cases, AppUsers users, Clock clock) {
        return new AssignRetentionCase(cases, users, clock);
    }

    @Bean
    ChangeRetentionStatus changeRetentionStatus(RetentionCases cases, Clock clock) {
        return new ChangeRetentionStatus(cases, clock);
    }

    @Bean
    ExportCampaign exportCampaign(CampaignExportStore exports, CampaignSettingsStore settings, Clock clock) {
        SecureRandom seeds = new SecureRandom();
        return new ExportCampaign(exports, settings, clock, seeds::nextLong);
    }

    @Bean
    ChangeRetentionHoldOut changeRetentionHoldOut(RetentionSettings settings) {
        return new ChangeRetentionHoldOut(settings);
    }

    @Bean
    ChangeEvidenceRules changeEvidenceRules(CampaignSettingsStore settings) {
        return new ChangeEvidenceRules(settings);
    }

    @Bean
    ReadCampaignResults readCampaignResults(CampaignExportStore exports, CampaignOutcomes outcomes,
                                            CampaignSettingsStore settings, Clock clock) {
        return new ReadCampaignResults(exports, outcomes, settings, clock);
    }

    @Bean
    RefreshCampaignHeadlines refreshCampaignHeadlines(ReadCampaignResults results, CampaignOutcomes outcomes,
                                                      CampaignHeadlines headlines, Clock clock) {
        return new RefreshCampaignHeadlines(results, outcomes, headlines, clock);
    }

    @Bean
    ChangeFrequencyCap changeFrequencyCap(CampaignSettingsStore settings) {
        return new ChangeFrequencyCap(settings);
    }

    @Bean
    AddContactPoint addContactPoint(ContactPoints points, Clock clock) {
        return new AddContactPoint(points, clock);
    }

    @Bean
    EditCustomer editCustomer(CustomerProfiles profiles, Transactions transactions, Clock clock) {
        return new EditCustomer(profiles, transactions, clock);
    }

    @Bean
    RegisterCustomer registerCustomer(Registrations registrations, DuplicateCandidates duplicates, Transactions transactions,
                                      BusinessZone zone, Clock clock) {
        return new RegisterCustomer(registrations, duplicates, transactions, zone, clock);
    }

    @Bean
    FindDuplicates findDuplicates(DuplicateSearch search, Transactions transactions, Clock clock) {
        return new FindDuplicates(search, transactions, clock);
    }

    @Bean
    MergeCustomers mergeCustomers(CustomerMerges merges, Transactions transactions, Clock clock) {
        return new MergeCustomers(merges, transactions, clock);
    }

    @Bean
    UndoMerge undoMerge(CustomerMerges merges, Transactions transactions, Clock clock) {
        return new UndoMerge(merges, transactions, clock);
    }

    @Bean
    RetireContactPoint retireContactPoint(ContactPoints points, Transactions transactions, Clock clock) {
        return new RetireContactPoint(points, transactions, clock);
    }

    @Bean
    EraseCustomer eraseCustomer(Erasures erasures, Transactions transactions, Clock clock) {
        return new EraseCustomer(erasures, transactions, clock);
    }

    @Bean
    io.dangol.crm.consent.RecordReconfirmationNotices recordReconfirmationNotices(
            io.dangol.crm.consent.ReconfirmationNotices notices, Transactions transactions, Clock clock) {
        return new io.dangol.crm.consent.RecordReconfirmationNotices(notices, transactions, clock);
    }

    @Bean
    io.dangol.crm.importing.PurgeRejectedRows purgeRejectedRows(io.dangol.crm.importing.RejectedRowsPurge purge,
                                                                Transactions transactions, Clock clock) {
        return new io.dangol.crm.importing.PurgeRejectedRows(purge, transactions, clock);
    }

    @Bean
    io.dangol.crm.customer.SetCustomerDay setCustomerDay(CustomerProfiles profiles, Transactions transactions, Clock clock,
                                                         BusinessZone zone) {
        return new io.dangol.crm.customer.SetCustomerDay(profiles, transactions, clock, zone);
    }

    @Bean
    TellApart tellApart(CustomerMerges merges, Clock clock) {
        return new TellApart(merges, clock);
    }

    @Bean
    ChoosePhoneFormat choosePhoneFormat(CampaignSettingsStore settings) {
        return new ChoosePhoneFormat(settings);
    }

    @Bean
    ChangeScoringSettings changeScoringSettings(ScoringSettingsStore store) {
        return new ChangeScoringSettings(store);
    }

    /**
     * After every run the worklist opens cases for the core customers the radar newly flagged, the recent campaigns'
     * headlines are measured again, and the warehouse is fed; metrics hear each phase.
     */
    @Bean
    RunScoring runScoring(ScoringJob job, OpenRetentionCases openRetentionCases, OperationsMetrics metrics,
                          RefreshCampaignHeadlines campaignHeadlines, FeedTheWarehouse warehouse) {
        return new RunScoring(job, List.of(openRetentionCases, metrics, campaignHeadlines, warehouse));
    }

    /** After every successful run, the warehouse feed (when CRM_WAREHOUSE_DIR names a folder). */
    @Bean
    FeedTheWarehouse feedTheWarehouse(WarehouseFiles files, @Value("${crm.warehouse.dir:}") String dir,
                                      @Value("${crm.warehouse.keep:14}") int keep, Clock clock, BusinessZone zone) {
        return new FeedTheWarehouse(files, dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir)), keep, clock,
                zone.zone());
    }

    @Bean
    OperationsMetrics operationsMetrics(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new OperationsMetrics(jdbc);
    }
}
