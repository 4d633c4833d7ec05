package io.dangol.crm.web;

import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.LoginThrottle;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.shared.BusinessZone;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What {@code @WebMvcTest} slices of crm-web start from ({@link io.dangol.crm.WebSlices} imports it): the real security, locale and page shell, with
 * the few beans crm-app would give them (clock, settings, sign-in throttle, an empty staff directory, an access log
 * kept in memory). Each slice adds the fakes of the ports its controller reads.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, WebConfiguration.class, Formats.class, StaffUserDetails.class,
        SpringPasswordHasher.class, AccessTrail.class})
public class WebSliceApplication {

    WebSliceApplication() {
    }

    /** As the app's: UTC, so that a page showing a time in the business's zone must convert it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessZone businessZone() {
        return new BusinessZone(ZoneId.of("Asia/Seoul"));
    }

    @Bean
    WebSettings webSettings() {
        return new WebSettings(ZoneId.of("Asia/Seoul"));
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(new io.dangol.crm.shared.InMemoryTallies(), 5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
    }

    @Bean
    RecordedAccess accessLog() {
        return new RecordedAccess();
    }

    /** Staff as a slice knows them: whoever its test puts here. */
    @Bean
    StaffList staffDirectory() {
        return new StaffList();
    }

    /** The access log of a slice: entries kept in memory, for the test to read. */
    public static final class RecordedAccess implements AccessLog {

        public final List<AccessLogEntry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void record(AccessLogEntry entry) {
            entries.add(entry);
        }

        @Override
        public void record(List<AccessLogEntry> many) {
            entries.addAll(many);
        }

        @Override
        public List<AccessLogEntry> latest(int limit) {
            return entries.stream().limit(limit).toList();
        }
    }

    /** A staff directory a test fills. */
    public static final class StaffList implements StaffDirectory {

        public final List<AppUser> users = new CopyOnWriteArrayList<>();

        @Override
        public Optional<AppUser> find(UserId id) {
            return users.stream().filter(u -> u.id().map(id::equals).orElse(false)).findFirst();
        }

        @Override
        public Optional<AppUser> findByUsername(String username) {
            return users.stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public List<AppUser> all() {
            return List.copyOf(users);
        }

        @Override
        public long count() {
            return users.size();
        }

        @Override
        public long countEnabledAdmins() {
            return 0;
        }
    }
}
