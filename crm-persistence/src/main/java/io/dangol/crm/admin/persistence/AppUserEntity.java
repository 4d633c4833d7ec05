package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.UserId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class AppUserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected AppUserEntity() {
    }

    static AppUserEntity from(AppUser user) {
        AppUserEntity entity = new AppUserEntity();
        entity.username = user.username();
        entity.createdAt = user.createdAt();
        entity.apply(user);
        return entity;
    }

    void apply(AppUser user) {
        displayName = user.displayName();
        passwordHash = user.passwordHash();
        enabled = user.isEnabled();
        mustChangePassword = user.mustChangePassword();
        totpSecret = user.totpSecret().orElse(null);
        totpLastStep = user.totpLastStep();
        roles.clear();
        roles.addAll(user.roles());
    }

    AppUser toDomain() {
        return new AppUser(new UserId(id), username, displayName, passwordHash,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enabled, createdAt, mustChangePassword)
                .withSecondFactor(totpSecret, totpLastStep);
    }
}
