package io.dangol.crm.servicecase;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long the desk has, per severity, for a first response and for a resolution — in working time of
 * {@link ServiceHours}. Settings {@code crm.service.first-response.*} and {@code crm.service.resolution.*}.
 */
public record DueTimes(Map<ServiceCaseSeverity, Duration> firstResponse, Map<ServiceCaseSeverity, Duration> resolution,
                       ServiceHours hours) {

    /** When a case opened (or reopened) at a moment is due. */
    public record Due(Instant firstResponse, Instant resolution) { }

    public DueTimes {
        firstResponse = complete(firstResponse, "first response");
        resolution = complete(resolution, "resolution");
        Objects.requireNonNull(hours, "hours");
        for (ServiceCaseSeverity severity : ServiceCaseSeverity.values()) {
            if (resolution.get(severity).compareTo(firstResponse.get(severity)) < 0) {
                throw new IllegalArgumentException("a " + severity + " case's resolution time is not shorter than its first response time");
            }
        }
    }

    /** Urgent 1 h / 9 h, high 4 h / 18 h, normal 9 h / 45 h, low 18 h / 90 h of working time (a working day is 9 h). */
    public static DueTimes standard(ServiceHours hours) {
        return new DueTimes(Map.of(ServiceCaseSeverity.URGENT, Duration.ofHours(1), ServiceCaseSeverity.HIGH, Duration.ofHours(4),
                ServiceCaseSeverity.NORMAL, Duration.ofHours(9), ServiceCaseSeverity.LOW, Duration.ofHours(18)),
                Map.of(ServiceCaseSeverity.URGENT, Duration.ofHours(9), ServiceCaseSeverity.HIGH, Duration.ofHours(18),
                        ServiceCaseSeverity.NORMAL, Duration.ofHours(45), ServiceCaseSeverity.LOW, Duration.ofHours(90)), hours);
    }

    public Due due(ServiceCaseSeverity severity, Instant from) {
        return new Due(hours.after(from, firstResponse.get(severity)), hours.after(from, resolution.get(severity)));
    }

    private static Map<ServiceCaseSeverity, Duration> complete(Map<ServiceCaseSeverity, Duration> times, String what) {
        EnumMap<ServiceCaseSeverity, Duration> copy = new EnumMap<>(ServiceCaseSeverity.class);
        copy.putAll(times);
        for (ServiceCaseSeverity severity : ServiceCaseSeverity.values()) {
            Duration time = copy.get(severity);
            if (time == null || time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException("a " + what + " time for " + severity + " cases is needed and positive");
            }
        }
        return Map.copyOf(copy);
    }
}
