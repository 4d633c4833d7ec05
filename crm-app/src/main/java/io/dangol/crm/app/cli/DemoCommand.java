package io.dangol.crm.app.cli;

import io.dangol.crm.app.firststart.DemoUsers;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.demo.DemoSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code demo --customers=N [--seed=S]}: writes an invented population (and one user per role, passwords
 * printed once), then exits. Only this command writes invented people.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "demo")
class DemoCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DemoData demo;
    private final DemoUsers demoUsers;
    private int exitCode;

    DemoCommand(DemoData demo, DemoUsers demoUsers) {
        this.demo = demo;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoRequest request;
        try {
            request = new DemoRequest(intOption(args, "customers", 10_000), longOption(args, "seed", DemoRequest.DEFAULT_SEED));
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            exitCode = 2;
            return;
        }
        DemoSummary summary = demo.load(request);
        System.out.printf("demo: %,d customers, %,d orders, %,d order lines, %,d returns, %,d service cases, "
                        + "%,d contacts in %.1f s%n", summary.customers(), summary.orders(), summary.orderLines(),
                summary.returns(), summary.serviceCases(), summary.contacts(), summary.took().toMillis() / 1000.0);
        Console.passwords("Demo users", demoUsers.ensure());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static int intOption(ApplicationArguments args, String name, int fallback) {
        return (int) longOption(args, name, fallback);
    }

    private static long longOption(ApplicationArguments args, String name, long fallback) {
        if (!args.containsOption(name)) {
            return fallback;
        }
        String value = args.getOptionValues(name).get(0).replace("_", "").replace(",", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }
}
