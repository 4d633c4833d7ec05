package io.dangol.crm.admin.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUserEntity, Long> {

    Optional<AppUserEntity> findByUsername(String username);

    List<AppUserEntity> findAllByOrderByUsername();

    @Query("select count(u) from AppUserEntity u join u.roles r where u.enabled = true and r = io.dangol.crm.admin.Role.ADMIN")
    long countEnabledAdmins();
}
