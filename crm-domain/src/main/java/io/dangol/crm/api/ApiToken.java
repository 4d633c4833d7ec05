package io.dangol.crm.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A channel system's key to the API: named by the admin who issued it, writing as one source system, with the
 * scopes granted. Only a hash of its secret is kept; the prefix ({@code dgl_AbC1}) tells tokens apart on the page.
 */
public record ApiToken(long id, String name, String sourceSystem, String prefix, Set<ApiScope> scopes, String createdBy,
                       Instant createdAt, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        scopes = Set.copyOf(scopes);
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    public boolean allows(ApiScope scope) {
        return isActive() && scopes.contains(scope);
    }
}
