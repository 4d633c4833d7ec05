package io.dangol.crm.app.cli;

import io.dangol.crm.app.AppIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.admin.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordCommandTest extends AppIntegrationTest {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anOperatorGivesAUserANewPasswordThatWorksOnce() {
        String username = aUserWith(Role.MARKETING);
        PasswordCommand command = new PasswordCommand(users, administering);
        PrintStream before = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            command.run(new DefaultApplicationArguments("password", username.toUpperCase()));
        } finally {
            System.setOut(before);
        }
        String line = printed.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).startsWith("password: " + username + " ");
        String password = line.substring(line.lastIndexOf(' ') + 1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo(PASSWORD);
        assertThat(encoder.matches(password, users.findByUsername(username).orElseThrow().passwordHash())).isTrue();
        assertThat(command.getExitCode()).isZero();

        PasswordCommand unknown = new PasswordCommand(users, administering);
        unknown.run(new DefaultApplicationArguments("password", "nobody-here"));
        assertThat(unknown.getExitCode()).isEqualTo(1);
        PasswordCommand missing = new PasswordCommand(users, administering);
        missing.run(new DefaultApplicationArguments("password"));
        assertThat(missing.getExitCode()).isEqualTo(2);
    }
}
