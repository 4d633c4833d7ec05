package io.dangol.crm.contact;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import java.util.Optional;

/** Resolves the staff user behind a follow-up action; a follow-up is only ever changed by the one who logged it. */
final class FollowUpChanges {

    private FollowUpChanges() {
    }

    static Optional<Long> staffId(StaffDirectory users, String username) {
        return users.findByUsername(username).flatMap(AppUser::id).map(UserId::value);
    }
}
