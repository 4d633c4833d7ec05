package io.dangol.crm.app.embedded;

import java.util.Optional;

/**
 * How the app reaches its database: the schema's owner, who runs the migrations, and — when the two are split, as
 * they are by default — the runtime role the app serves and runs its jobs as, which cannot change or delete the
 * access log (ADR 18).
 */
public record DatabaseAccess(String url, String owner, String ownerPassword, Optional<String> runtime, String runtimePassword) {

    /**
     * The address the runtime role connects to: without {@code user=} or {@code password=} parameters (the embedded
     * database's address names its superuser), which the driver would prefer to the pool's own user.
     */
    public String runtimeUrl() {
        int query = url.indexOf('?');
        if (query < 0 || runtime.isEmpty()) {
            return url;
        }
        String kept = java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(java.util.stream.Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    public String user() {
        return runtime.orElse(owner);
    }

    public String password() {
        return runtime.isPresent() ? runtimePassword : ownerPassword;
    }
}
