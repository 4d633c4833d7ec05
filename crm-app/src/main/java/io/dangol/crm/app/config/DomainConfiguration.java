package io.dangol.crm.app.config;

import io.dangol.crm.admin.AccessLogRetention;
import io.dangol.crm.admin.AccessReviews;
import io.dangol.crm.admin.AdministeringUsers;
import io.dangol.crm.admin.ChangeOwnPassword;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.EnsureAdminExists;
import io.dangol.crm.admin.KeepAccessLog;
import io.dangol.crm.admin.LoginThrottle;
import io.dangol.crm.admin.OneTimeCodes;
import io.dangol.crm.admin.PasswordHasher;
import io.dangol.crm.admin.PasswordPolicy;
import io.dangol.crm.admin.ReviewAccessLog;
import io.dangol.crm.admin.RightsChanges;
import io.dangol.crm.admin.SecondFactor;
import io.dangol.crm.admin.StaffSessions;
import io.dangol.crm.admin.UnusualAccess;
import io.dangol.crm.web.WebSettings;
import io.dangol.crm.segment.SavedSegments;
import io.dangol.crm.segment.SegmentLibrary;
import io.dangol.crm.api.ApiTokens;
import io.dangol.crm.api.ApiAccess;
import io.dangol.crm.shared.ScheduledTurns;
import io.dangol.crm.shared.Tallies;
import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.importing.ImportRecord;
import io.dangol.crm.retention.RetentionCases;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import io.dangol.crm.importing.RecordImport;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.customer.CustomerPageSettings;
import io.dangol.crm.shared.BusinessZone;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the plain-Java domain objects from settings. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LoginThrottle loginThrottle(Tallies tallies, CrmProperties properties, Clock clock) {
        CrmProperties.Login login = properties.login();
        return new LoginThrottle(tallies, login.allowedFailures(), login.window(), login.lockout(), clock);
    }

    @Bean
    AdministeringUsers administeringUsers(AppUsers users, RightsChanges changes, PasswordHasher hasher, Clock clock,
                                          StaffSessions sessions) {
        // sessions live in the database: an operator command ends those of every running instance too
        return new AdministeringUsers(users, changes, hasher, clock, sessions);
    }

    @Bean
    ReviewAccessLog reviewAccessLog(AccessReviews reviews, CrmProperties properties,
                                                        BusinessZone zone, Clock clock) {
        CrmProperties.AccessLogSettings settings = properties.accessLog();
        return new ReviewAccessLog(reviews,
                new UnusualAccess(settings.alertFactor(), settings.alertFloor()), zone,
                settings.nightStarts(), settings.nightEnds(), clock);
    }

    @Bean
    KeepAccessLog keepAccessLog(AccessLogRetention retention, CrmProperties properties,
                                                    Clock clock) {
        return new KeepAccessLog(retention, properties.accessLog().keep(),
                properties.accessLog().keepRightsChanges(), clock);
    }

    @Bean
    ChangeOwnPassword changeOwnPassword(AppUsers users, RightsChanges changes, PasswordHasher hasher, Clock clock,
                                        StaffSessions sessions) {
        return new ChangeOwnPassword(users, changes, hasher, PasswordPolicy.shipped(), sessions, clock);
    }

    @Bean
    ScheduledTurns scheduledTurns(Tallies tallies, Clock clock) {
        return new ScheduledTurns(tallies, clock);
    }

    @Bean
    SecondFactor secondFactor(AppUsers users, RightsChanges changes, CrmProperties properties, Clock clock) {
        return new SecondFactor(users, changes, new OneTimeCodes(),
                properties.requireMfa(), clock);
    }

    @Bean
    EnsureAdminExists ensureAdminExists(AppUsers users, AdministeringUsers administering) {
        return new EnsureAdminExists(users, administering);
    }

    @Bean
    BusinessZone businessZone(CrmProperties properties) {
        return new BusinessZone(properties.timeZone());
    }

    @Bean
    SegmentLibrary segmentLibrary(SavedSegments segments, Clock clock) {
        return new SegmentLibrary(segments, clock);
    }

    @Bean
    io.dangol.crm.customer.PrivacySettings privacySettings(CrmProperties properties) {
        return new io.dangol.crm.customer.PrivacySettings(properties.privacy().reconfirmAfter(),
                properties.privacy().inactiveAfter(), properties.privacy().rejectedRowsFor());
    }

    @Bean
    CustomerPageSettings salesSettings(CrmProperties properties) {
        return new CustomerPageSettings(properties.sales().staleAfter(), properties.sales().momentDays(),
                properties.sales().recentPurchaseDays());
    }

    @Bean
    ApiAccess channelAccess(ApiTokens tokens, Tallies allowances, Clock clock, CrmProperties properties) {
        return new ApiAccess(tokens, allowances, clock, properties.apiRateLimit(), properties.apiDailyCustomers());
    }

    @Bean
    ImportFile importFile(TransactionImport transactions, RecordImport records, RetentionCases retention,
                          CrmProperties properties, Clock clock, io.dangol.crm.customer.FindDuplicates findDuplicates,
                          io.dangol.crm.feedback.SuggestForImportedVoice suggestForImported) {
        return new ImportFile(transactions, records, retention, properties.timeZone(),
                properties.importMaxBytes().toBytes(), clock, (run, kind) -> {
                    if (kind.isEmpty() || kind.get() == io.dangol.crm.importing.RecordKind.CUSTOMERS) {
                        findDuplicates.run();
                    } else if (kind.get() == io.dangol.crm.importing.RecordKind.FEEDBACK) {
                        suggestForImported.handle();
                    }
                });
    }

    @Bean
    ImportRecord importRecord(TransactionImport transactions, RecordImport records, RetentionCases retention,
                              CrmProperties properties, Clock clock) {
        return new ImportRecord(transactions, records, retention, properties.timeZone(), clock);
    }

    /** Imports started from the web page run here, one at a time, on a daemon thread. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService importExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    WebSettings webSettings(CrmProperties properties) {
        return new WebSettings(properties.timeZone());
    }
}
