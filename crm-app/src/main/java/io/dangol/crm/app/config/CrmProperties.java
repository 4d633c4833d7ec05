package io.dangol.crm.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dangol's settings ({@code crm.*}; the environment variables in application.properties map onto them).
 *
 * @param dataDir         where the embedded PostgreSQL keeps its data between runs
 * @param embeddedDbPort  port of the embedded PostgreSQL; 0 picks a free one
 * @param demo            load demo data when the app is served on an empty embedded database
 * @param demoCustomers   how many invented customers that first start writes
 * @param adminPassword   the first admin's password; random (printed once) when empty
 * @param timeZone        the business's time zone, for dates shown to staff
 * @param login           sign-in throttling
 * @param sales           the customer page's freshness and moments
 * @param importMaxBytes  files larger than this are refused by the import
 * @param apiRateLimit    requests a minute one API token may make
 * @param apiDailyCustomers customers one API token may be answered a day
 * @param requireMfa      admins must set up a second factor before they go on
 * @param service         the service desk's working hours, holidays and due times
 * @param db              the database role the app runs as (the schema's owner runs the migrations)
 * @param accessLog       how long the access log and the record of rights changes are kept
 */
@ConfigurationProperties("crm")
public record CrmProperties(
        @DefaultValue(".crm-data") Path dataDir,
        @DefaultValue("0") int embeddedDbPort,
        @DefaultValue("true") boolean demo,
        @DefaultValue("5000") int demoCustomers,
        String adminPassword,
        @DefaultValue("Asia/Seoul") ZoneId timeZone,
        @DefaultValue Login login,
        @DefaultValue Sales sales,
        @DefaultValue Privacy privacy,
        @DefaultValue("2GB") org.springframework.util.unit.DataSize importMaxBytes,
        @DefaultValue("600") int apiRateLimit,
        @DefaultValue("10000") int apiDailyCustomers,
        @DefaultValue("false") boolean requireMfa,
        @DefaultValue Service service,
        @DefaultValue Db db,
        @DefaultValue AccessLogSettings accessLog) {

    /**
     * The app connects as {@code appUser} (which may only read and append to the access log) and migrates as the
     * configured owner; with {@code appUser} empty it provisions its own runtime role when {@code provisionAppRole}
     * (the embedded database always does), or else runs as the owner.
     */
    public record Db(@DefaultValue("") String appUser, @DefaultValue("") String appPassword,
                     @DefaultValue("false") boolean provisionAppRole) {
    }

    /**
     * The access log is kept {@code keep} (never less than two years: PIPA safety standard art. 8), the record of
     * rights changes {@code keepRightsChanges} (never less than three). The monthly review flags a member of staff who
     * saw or exported more than {@code alertFactor} × the median of their peers' distinct customers (and at least
     * {@code alertFloor}), and any entry written between {@code nightStarts} and {@code nightEnds}, business time.
     */
    public record AccessLogSettings(@DefaultValue("P2Y") java.time.Period keep,
                                    @DefaultValue("P3Y") java.time.Period keepRightsChanges,
                                    @DefaultValue("3.0") double alertFactor,
                                    @DefaultValue("100") long alertFloor,
                                    @DefaultValue("22:00") java.time.LocalTime nightStarts,
                                    @DefaultValue("06:00") java.time.LocalTime nightEnds) {
    }

    /**
     * The desk works {@code opens}–{@code closes} (HH:mm) on {@code workingDays}, off on Korea's public holidays and
     * the {@code holidays} added here (ISO dates: election days, 임시공휴일). Due times are working time per severity.
     */
    public record Service(@DefaultValue("09:00") String opens, @DefaultValue("18:00") String closes,
                          @DefaultValue("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY") java.util.Set<java.time.DayOfWeek> workingDays,
                          @DefaultValue("") java.util.List<String> holidays,
                          @DefaultValue({"1h", "4h", "9h", "18h"}) java.util.List<Duration> firstResponse,
                          @DefaultValue({"9h", "18h", "45h", "90h"}) java.util.List<Duration> resolution) {
    }

    /** Contact points verified longer ago than {@code staleAfter} are marked stale; moments look {@code momentDays} ahead. */
    public record Sales(@DefaultValue("P24M") java.time.Period staleAfter, @DefaultValue("14") int momentDays,
                        @DefaultValue("90") int recentPurchaseDays) {
    }

    /**
     * Marketing consent is re-confirmed after {@code reconfirmAfter}; customers inactive for {@code inactiveAfter} are
     * listed for review; raw rejected import rows are purged after {@code rejectedRowsFor}.
     */
    public record Privacy(@DefaultValue("P24M") java.time.Period reconfirmAfter, @DefaultValue("P5Y") java.time.Period inactiveAfter,
                          @DefaultValue("P90D") java.time.Period rejectedRowsFor) {
    }

    /** After {@code allowedFailures} failures within {@code window}, a username waits {@code lockout}. */
    public record Login(@DefaultValue("5") int allowedFailures, @DefaultValue("15m") Duration window,
                        @DefaultValue("15m") Duration lockout) {
    }
}
