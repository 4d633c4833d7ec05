package io.dangol.crm.admin.persistence;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.admin.UserNotFound;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JpaAppUsers implements AppUsers {

    private final AppUserRepository repository;

    JpaAppUsers(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public AppUser save(AppUser user) {
        AppUserEntity entity = user.id()
                .map(id -> repository.findById(id.value()).orElseThrow(() -> new UserNotFound("#" + id.value())))
                .orElseGet(() -> AppUserEntity.from(user));
        entity.apply(user);
        return repository.saveAndFlush(entity).toDomain();
    }

    @Override
    public Optional<AppUser> find(UserId id) {
        return repository.findById(id.value()).map(AppUserEntity::toDomain);
    }

    @Override
    public Optional<AppUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(AppUserEntity::toDomain);
    }

    @Override
    public List<AppUser> all() {
        return repository.findAllByOrderByUsername().stream().map(AppUserEntity::toDomain).toList();
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public long countEnabledAdmins() {
        return repository.countEnabledAdmins();
    }
}
