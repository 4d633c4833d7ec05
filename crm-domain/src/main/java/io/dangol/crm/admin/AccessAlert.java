package io.dangol.crm.admin;

/**
 * Something in a period's access log an admin should look at: a user who saw or exported far more customers than
 * their peers ({@code figure} against the peers' median), or who worked with personal data at night.
 */
public record AccessAlert(String username, Kind kind, long figure, long peerMedian) {

    public enum Kind {
        /** far more distinct customers seen than the median of the other staff */
        VOLUME,
        /** far more distinct customers exported than the median of the other staff */
        EXPORTS,
        /** entries written at night */
        NIGHT
    }
}
