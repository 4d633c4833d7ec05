package io.dangol.crm.admin;

/** Turns a password into a one-way hash (Argon2 or bcrypt in the app). */
public interface PasswordHasher {

    String hash(CharSequence rawPassword);
}
