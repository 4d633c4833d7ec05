package io.dangol.crm.app.cli;

import io.dangol.crm.admin.AccessLogReview;
import io.dangol.crm.admin.ChainCheck;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code access-log-check}: recomputes the access log's hash chain and prints
 * {@code access log: <n> entries (<first>–<last>); head <hash>; chain intact} — or {@code chain broken at <positions>},
 * exiting 1 — so an operator or an auditor can verify that no entry was changed, removed or inserted.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "access-log-check")
class AccessLogCheckCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AccessLogReview log;
    private int exitCode;

    AccessLogCheckCommand(AccessLogReview log) {
        this.log = log;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainCheck check = log.verifyChain();
        PrintStream out = System.out;
        out.println(line(check));
        out.flush();
        exitCode = check.intact() ? 0 : 1;
    }

    static String line(ChainCheck check) {
        String verdict = check.intact() ? "chain intact"
                : "chain broken at " + check.broken().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "access log: %d entries (%d–%d); head %s; %s", check.entries(), check.first(),
                check.last(), check.headHash().isEmpty() ? "-" : check.headHash(), verdict);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
