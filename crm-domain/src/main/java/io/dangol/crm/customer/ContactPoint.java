package io.dangol.crm.customer;

import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A way to reach a customer, normalised (phones in E.164, emails lower-cased), with when it was last
 * verified: data rots, so an old verification is a reason to ask again.
 */
public record ContactPoint(ContactPointKind kind, String value, Optional<Instant> verifiedAt) {

    public ContactPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a contact point needs a value");
        }
        value = switch (kind) {
            case EMAIL -> EmailAddress.parse(value).value();
            case PHONE -> PhoneNumber.parse(value).e164();
            case POSTAL -> value.strip();
        };
    }

    public static ContactPoint email(String address, Instant verifiedAt) {
        return new ContactPoint(ContactPointKind.EMAIL, address, Optional.ofNullable(verifiedAt));
    }

    public static ContactPoint phone(String number, Instant verifiedAt) {
        return new ContactPoint(ContactPointKind.PHONE, number, Optional.ofNullable(verifiedAt));
    }

    public static ContactPoint postal(String address, Instant verifiedAt) {
        return new ContactPoint(ContactPointKind.POSTAL, address, Optional.ofNullable(verifiedAt));
    }

    public boolean isVerified() {
        return verifiedAt.isPresent();
    }

    /** Never verified, or verified longer ago than {@code maxAge}. */
    public boolean isStale(Instant now, Duration maxAge) {
        return verifiedAt.map(at -> at.plus(maxAge).isBefore(now)).orElse(true);
    }

    public ContactPoint verifiedOn(Instant at) {
        return new ContactPoint(kind, value, Optional.of(at));
    }
}
