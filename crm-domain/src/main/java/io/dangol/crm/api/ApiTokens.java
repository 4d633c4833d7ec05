package io.dangol.crm.api;

import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where API tokens are kept: by the hash of their secret, never the secret. */
@WritePort
public interface ApiTokens {

    long add(String name, String sourceSystem, String secretHash, String prefix, Set<ApiScope> scopes, String createdBy,
             Instant at);

    /** The token whose secret hashes to this, revoked or not. */
    Optional<ApiToken> findByHash(String secretHash);

    List<ApiToken> all();

    /** Revokes an active token; false when there is none by that id. */
    boolean revoke(long id, String revokedBy, Instant at);

    void used(long id, Instant at);
}
