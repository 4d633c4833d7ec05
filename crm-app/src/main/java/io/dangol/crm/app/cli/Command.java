package io.dangol.crm.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

/** The operator commands of the jar: {@code demo --customers=N [--seed=S]}, {@code score},
 * {@code password <username>}. */
public enum Command {
    DEMO("demo", "customers", "seed"), SCORE("score", "as-of", "backtest-from", "radar-backtest-from", "holdout-weeks", "model"),
    PASSWORD("password"), IMPORT("import", "source", "encoding", "map"), DUPLICATES("duplicates"),
    CLASSIFY("classify", "training"), ACCESS_LOG_CHECK("access-log-check"), WAREHOUSE("warehouse", "to"), BACKUP("backup"), RESTORE("restore"), VOICE_EVALUATE("voice-evaluate", "nsmc"), UNKNOWN("");

    private final String word;
    private final Set<String> options;

    Command(String word, String... options) {
        this.word = word;
        this.options = Set.of(options);
    }

    /**
     * The options given that this command does not know ({@code --radar-backtest-from} for {@code score}): a
     * misspelt option must not run the command as if it were absent. Settings ({@code --crm.embedded-db-port},
     * {@code --server.port}: names with a dot) are the application's, not the command's, and always allowed.
     */
    public List<String> unknownOptions(String[] args) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--"))
                .map(arg -> arg.substring(2).split("=", 2)[0])
                .filter(name -> !name.contains(".") && !options.contains(name))
                .distinct().toList();
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
                                                       (BG/NBD and MBG/NBD side by side)
                  score --radar-backtest-from=YYYY-MM-DD [--holdout-weeks=N] [--model=BG_NBD|MBG_NBD]
                                                       score as of that date; whom the churn radar flagged against who
                                                       bought nothing after it: precision, recall, lift over a naive rule
                  password <username>                  give a staff user a new random password, print it once, exit
                  import <kind> <file> [--source=NAME] [--encoding=utf-8|cp949] [--map=theirs:ours,...]
                                                       import a CSV file (kind: auto, transactions, orders,
                                                       customers, products, returns, service_cases, contacts,
                                                       consents, referrals, events, feedback), print the
                                                       report, exit 1 when the file is refused
                  duplicates                           find customers recorded more than once; print each pair (both
                                                       source ids, score, evidence; tab-separated), then the count
                  access-log-check                     recompute the access log's hash chain; print what it found, exit 1
                                                       when an entry was changed, removed or inserted
                  backup <file.zip>                    write the whole database (every table, the access log with its
                                                       chain) to a file; no PostgreSQL client tools needed
                  restore <file.zip>                   load such a file into a new, empty database of the same version;
                                                       exit 1 when refused or when the access log's chain is broken
                  warehouse [--to=DIR]                 write the warehouse feed of the latest successful scoring run
                                                       (scores, ladder moves, churn flags, campaigns, runs; CSV and
                                                       Parquet, pseudonymous) into a dated folder under DIR
                                                       (default CRM_WAREHOUSE_DIR)
                  classify [--training=FILE]           suggest sentiment and category for each line of standard input:
                                                       sentiment, confidence, category, confidence, text (tab-separated);
                                                       no database needed (FILE: extra sentiment data, NSMC layout)
                  voice-evaluate --nsmc=DIR            the classifier's accuracy (NSMC held out, customer-voice sample
                                                       cross-validated) and speed; the last line is bench/voice.sh's""";
    }

    /** Whether the command runs without the application context (and so without a database). */
    public boolean standalone() {
        return this == CLASSIFY || this == VOICE_EVALUATE;
    }
}
