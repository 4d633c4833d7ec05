package io.dangol.crm.admin;

/** Turns a password into a one-way hash (Argon2 or bcrypt in the app). */
public interface PasswordHasher {

    String hash(CharSequence rawPassword);

    /** Whether the password is the one the hash was made from (a salted hash: the app's hasher overrides this). */
    default boolean matches(CharSequence rawPassword, String hash) {
        return hash(rawPassword).equals(hash);
    }
}
