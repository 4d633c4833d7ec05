package io.dangol.crm.admin;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as authenticator apps make them, by a
 * maintained library (java-otp). A secret is 160 random bits, shown base32 for the app. A code is taken for the step
 * it was made in, or the one before or after (clocks drift), and only for a step later than the last one taken, so a
 * code signs in once.
 */
public final class OneTimeCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final String ISSUER = "Dangol";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6, "HmacSHA1");

    public String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** What an authenticator app reads from the enrolment QR code. */
    public String uri(String username, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=6&period=30";
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The time step the code was made for, if it is right for one near {@code now} later than {@code after}. */
    public OptionalLong matchingStep(String secret, String code, Instant now, long after) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        long now30 = step(now);
        for (long step = now30 - 1; step <= now30 + 1; step++) {
            if (step <= after) {
                continue;
            }
            try {
                String expected = generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
                if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (InvalidKeyException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a moment (for tests and for showing what an app should show). */
    public String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a secret", e);
        }
    }
}
