package io.dangol.crm.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The operator commands of the jar: {@code demo --customers=N [--seed=S]}, {@code score},
 * {@code password <username>}. */
public enum Command {
    DEMO("demo"), SCORE("score"), PASSWORD("password"), IMPORT("import"), UNKNOWN("");

    private final String word;

    Command(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Empty when the app is to be served (no command word, only --options). */
    public static Optional<Command> parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            return Optional.empty();
        }
        String first = args[0].toLowerCase(Locale.ROOT);
        return Optional.of(Arrays.stream(values()).filter(c -> c != UNKNOWN && c.word.equals(first)).findFirst()
                .orElse(UNKNOWN));
    }

    public static String usage() {
        return """
                usage: java -jar crm-app.jar [command] [--options]
                  (no command)                         serve the web app on http://localhost:8080
                  demo --customers=N [--seed=S]        write an invented, realistic dataset of N customers and exit
                  score [--as-of=YYYY-MM-DD]           run the scoring job (as of the end of a past day), print each
                                                       phase's time and the fitted models as JSON, exit 1 on failure
                  score --backtest-from=YYYY-MM-DD [--holdout-weeks=N]
                                                       fit up to that date, compare predicted and actual purchases after it
                  password <username>                  give a staff user a new random password, print it once, exit
                  import <kind> <file> [--source=NAME] [--encoding=utf-8|cp949] [--map=theirs:ours,...]
                                                       import a CSV file (kind: auto, transactions, orders,
                                                       customers, products, returns, service_cases, contacts,
                                                       consents, referrals, events, feedback), print the
                                                       report, exit 1 when the file is refused""";
    }
}
