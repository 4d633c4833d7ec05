package io.dangol.crm.app;

import io.dangol.crm.admin.AdministeringUsers;
import io.dangol.crm.admin.AdministeringUsers.CreateUser;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.Role;
import io.dangol.crm.testing.PostgresIntegrationTest;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The whole app on the test PostgreSQL, driven through MockMvc with the real security filter chain. */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class AppIntegrationTest extends PostgresIntegrationTest {

    protected static final String PASSWORD = "correct-horse-battery";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected AdministeringUsers administering;

    @Autowired
    protected AppUsers users;

    /** A request as if from this client address (the sign-in throttle counts per address). */
    protected static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A fresh user with a known password and the given roles; returns the username. */
    protected String aUserWith(Role first, Role... more) {
        String username = first.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        administering.create(new CreateUser("test", username, null, EnumSet.of(first, more)), PASSWORD);
        return username;
    }
}
