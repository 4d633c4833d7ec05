package io.dangol.crm.app.cli;

import io.dangol.crm.importing.ImportOutcome;
import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.importing.Rejection;
import io.dangol.crm.importing.TextEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code import <kind> <file> [--source=NAME] [--encoding=utf-8|cp949] [--map=theirs:ours,…]}: imports a file as the
 * web page does (with the file's column names mapped to Dangol's, if given) and
 * prints the same report; exits 1 when the file is refused, 2 on wrong arguments.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final int SHOWN = 20;

    private final ImportFile importing;
    private final MessageSource messages;
    private int exitCode;

    ImportCommand(ImportFile importing, MessageSource messages) {
        this.importing = importing;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 3) {
            System.err.println("import: usage: import <kind> <file> [--source=NAME] [--encoding=utf-8|cp949] [--map=theirs:ours,…]"
                    + "  (kind: auto, transactions, orders, customers, products, returns, service_cases, contacts, consents, referrals, events, feedback)");
            exitCode = 2;
            return;
        }
        Path file = Path.of(words.get(2));
        if (!Files.isRegularFile(file)) {
            System.err.println("import: no such file: " + file);
            exitCode = 2;
            return;
        }
        Optional<TextEncoding> encoding = Optional.empty();
        if (args.containsOption("encoding")) {
            encoding = TextEncoding.parse(args.getOptionValues("encoding").get(0));
            if (encoding.isEmpty()) {
                System.err.println("import: --encoding is utf-8 or cp949");
                exitCode = 2;
                return;
            }
        }
        String source = args.containsOption("source") ? args.getOptionValues("source").get(0) : "import";
        String kind = words.get(1).equalsIgnoreCase("auto") ? "" : words.get(1);
        Map<String, String> mapping = new LinkedHashMap<>();
        if (args.containsOption("map")) {
            for (String pair : String.join(",", args.getOptionValues("map")).split(",")) {
                String[] parts = pair.split(":", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    System.err.println("import: --map takes file:dangol column pairs, e.g. --map=masterid:customer_id,sales:amount");
                    exitCode = 2;
                    return;
                }
                mapping.put(parts[0].strip(), parts[1].strip());
            }
        }
        long started = System.nanoTime();
        ImportOutcome outcome = importing.handle(new ImportFile.Command(file, file.getFileName().toString(), kind, source,
                "cli", encoding, mapping), run -> { });
        double seconds = (System.nanoTime() - started) / 1e9; // as the user waits: reading, writing, commit, statistics
        if (outcome.isRefused()) {
            System.out.printf("import: run %d refused: %s%n", outcome.runId(),
                    text(outcome.refusal().get(), outcome.refusalDetail()));
            exitCode = 1;
            return;
        }
        ImportRun run = outcome.report().orElseThrow().run();
        for (Rejection rejection : outcome.report().get().rejections().stream().limit(SHOWN).toList()) {
            System.out.printf("import: line %d rejected: %s%n", rejection.line(), text(rejection.reason(), rejection.detail()));
        }
        if (run.rejected() > SHOWN) {
            System.out.printf("import: … %,d more rejected rows on the run's report%n", run.rejected() - SHOWN);
        }
        System.out.printf("import: run %d %s (%s, %s) in %.1f s: read %,d, inserted %,d, updated %,d, unchanged %,d, rejected %,d%n",
                run.id(), run.status().name().toLowerCase(Locale.ROOT), run.kind(), run.encoding().map(TextEncoding::label).orElse("?"), seconds, run.rowsRead(),
                run.inserted(), run.updated(), run.unchanged(), run.rejected());
    }

    private String text(String code, String detail) {
        return messages.getMessage(code, new Object[] {detail}, code + " " + detail, Locale.ENGLISH);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
