package io.dangol.crm.admin;

import java.security.SecureRandom;

/**
 * A password made for a user, shown once (on the console or the admin page) and never stored in clear.
 * Twenty characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 115 bits.
 */
public record IssuedPassword(String username, String password) implements java.io.Serializable {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 20;

    public static String random() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "IssuedPassword[" + username + ", ****]";
    }
}
