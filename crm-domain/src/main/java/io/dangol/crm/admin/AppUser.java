package io.dangol.crm.admin;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A staff member who signs in. The password is only ever held as a hash. */
public final class AppUser {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private final UserId id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private final EnumSet<Role> roles;
    private boolean enabled;
    private final Instant createdAt;
    private boolean mustChangePassword;

    public AppUser(UserId id, String username, String displayName, String passwordHash, Set<Role> roles,
                   boolean enabled, Instant createdAt) {
        this(id, username, displayName, passwordHash, roles, enabled, createdAt, false);
    }

    /** @param mustChangePassword the password was issued (printed): it must be changed at the next sign-in */
    public AppUser(UserId id, String username, String displayName, String passwordHash, Set<Role> roles,
                   boolean enabled, Instant createdAt, boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
        this.id = id;
        this.username = requireUsername(username);
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = requireRoles(roles);
        this.enabled = enabled;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public static AppUser create(String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
        return new AppUser(null, username, displayName, passwordHash, roles, true, at);
    }

    /** Lower-case letters, digits, dot, dash and underscore, 2 to 40 characters. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static String requireUsername(String username) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("a username is 2–40 lower-case letters, digits, '.', '-' or '_': " + username);
        }
        return username;
    }

    private static EnumSet<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    public Optional<UserId> id() {
        return Optional.ofNullable(id);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    void changeRoles(Set<Role> newRoles) {
        EnumSet<Role> checked = requireRoles(newRoles);
        roles.clear();
        roles.addAll(checked);
    }

    void enable() {
        enabled = true;
    }

    void disable() {
        enabled = false;
    }

    void changePasswordHash(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    /** An issued password: the user chooses their own at the next sign-in. */
    void issuePasswordHash(String newHash) {
        changePasswordHash(newHash);
        mustChangePassword = true;
    }

    /** The user chose their own password. */
    void choosePasswordHash(String newHash) {
        changePasswordHash(newHash);
        mustChangePassword = false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    private String totpSecret;
    private long totpLastStep;

    /** As stored: the second factor's secret (null when none is enrolled) and the last time step a code was taken for. */
    public AppUser withSecondFactor(String secret, long lastStep) {
        this.totpSecret = secret;
        this.totpLastStep = lastStep;
        return this;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public java.util.Optional<String> totpSecret() {
        return java.util.Optional.ofNullable(totpSecret);
    }

    public long totpLastStep() {
        return totpLastStep;
    }

    void enrolSecondFactor(String secret, long step) {
        this.totpSecret = Objects.requireNonNull(secret, "secret");
        this.totpLastStep = step;
    }

    void codeTakenFor(long step) {
        this.totpLastStep = step;
    }

    void removeSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = 0;
    }

    void rename(String newDisplayName) {
        if (newDisplayName != null && !newDisplayName.isBlank()) {
            displayName = newDisplayName.strip();
        }
    }
}
