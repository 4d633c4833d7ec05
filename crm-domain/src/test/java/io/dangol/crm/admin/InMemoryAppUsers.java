package io.dangol.crm.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A test double of the {@link AppUsers} port for domain tests; persistence has its own tests on PostgreSQL. */
final class InMemoryAppUsers implements AppUsers, RightsChanges {

    private final Map<Long, AppUser> users = new LinkedHashMap<>();
    private final List<RightsChange> changes = new ArrayList<>();
    private long nextId = 1;

    @Override
    public AppUser save(AppUser user) {
        UserId id = user.id().orElseGet(() -> new UserId(nextId++));
        AppUser stored = new AppUser(id, user.username(), user.displayName(), user.passwordHash(), user.roles(),
                user.isEnabled(), user.createdAt(), user.mustChangePassword())
                .withSecondFactor(user.totpSecret().orElse(null), user.totpLastStep());
        users.put(id.value(), stored);
        return stored;
    }

    @Override
    public Optional<AppUser> find(UserId id) {
        return Optional.ofNullable(users.get(id.value()));
    }

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<AppUser> all() {
        return users.values().stream().sorted(Comparator.comparing(AppUser::username)).toList();
    }

    @Override
    public long count() {
        return users.size();
    }

    @Override
    public long countEnabledAdmins() {
        return users.values().stream().filter(u -> u.isEnabled() && u.hasRole(Role.ADMIN)).count();
    }

    @Override
    public void record(RightsChange change) {
        changes.add(change);
    }

    @Override
    public List<RightsChange> latest(int limit) {
        List<RightsChange> newestFirst = new ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }
}
