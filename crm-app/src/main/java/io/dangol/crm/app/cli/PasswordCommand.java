package io.dangol.crm.app.cli;

import io.dangol.crm.admin.AdministeringUsers;
import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.IssuedPassword;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code password <username>}: the operator's way back in when a password is lost (the admin's included): a new
 * random password, printed once, recorded as a reset by "cli". Exits 1 for an unknown user.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "password")
class PasswordCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AppUsers users;
    private final AdministeringUsers administering;
    private int exitCode;

    PasswordCommand(AppUsers users, AdministeringUsers administering) {
        this.users = users;
        this.administering = administering;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 2) {
            System.err.println("password: give one username: password <username>");
            exitCode = 2;
            return;
        }
        Optional<AppUser> user = users.findByUsername(words.get(1).strip().toLowerCase(java.util.Locale.ROOT));
        if (user.isEmpty()) {
            System.err.println("password: no staff user named " + words.get(1));
            exitCode = 1;
            return;
        }
        IssuedPassword issued = administering.resetPassword(new AdministeringUsers.ResetPassword("cli", user.get().id().orElseThrow()));
        System.out.println("password: " + issued.username() + " " + issued.password());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
