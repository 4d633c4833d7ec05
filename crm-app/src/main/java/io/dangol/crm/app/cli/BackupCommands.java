package io.dangol.crm.app.cli;

import io.dangol.crm.admin.AccessLogReview;
import io.dangol.crm.admin.ChainCheck;
import io.dangol.crm.app.embedded.DatabaseAccess;
import io.dangol.crm.persistence.DatabaseBackup;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code backup <file>} and {@code restore <file>}: the whole database as Dangol's schema holds it (customers,
 * scores, staff, the access log with its hash chain), without PostgreSQL's client tools, which the embedded database
 * does not ship. Both connect as the schema's owner. Restore goes into a new, empty database (the app migrates it to
 * the same version at start), checks every table's rows against the backup's manifest and the access log's chain, and
 * commits only then.
 */
@Configuration(proxyBeanMethods = false)
class BackupCommands {

    @Bean
    @ConditionalOnProperty(name = "crm.command", havingValue = "backup")
    Backup backupCommand(DatabaseAccess access) {
        return new Backup(access);
    }

    @Bean
    @ConditionalOnProperty(name = "crm.command", havingValue = "restore")
    Restore restoreCommand(DatabaseAccess access, AccessLogReview accessLog) {
        return new Restore(access, accessLog);
    }

    private static Path file(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        return words.size() == 2 ? Path.of(words.get(1)) : null;
    }

    private static Connection owner(DatabaseAccess access) throws java.sql.SQLException {
        return DriverManager.getConnection(access.url(), access.owner(), access.ownerPassword());
    }

    static final class Backup implements ApplicationRunner, ExitCodeGenerator {

        private final DatabaseAccess access;
        private int exitCode;

        Backup(DatabaseAccess access) {
            this.access = access;
        }

        @Override
        public void run(ApplicationArguments args) throws Exception {
            Path to = file(args);
            if (to == null) {
                System.err.println("backup: give one file: backup <file.zip>");
                exitCode = 2;
                return;
            }
            long started = System.nanoTime();
            Path partial = to.resolveSibling(to.getFileName() + ".partial");
            DatabaseBackup.Summary summary;
            try (Connection owner = owner(access); OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
                summary = DatabaseBackup.write(owner, out);
            }
            Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "backup: %d tables, %d rows, %.1f MB in %.1f s; schema version %s; %s%n",
                    summary.rows().size(), summary.totalRows(), Files.size(to) / 1e6, (System.nanoTime() - started) / 1e9,
                    summary.schemaVersion(), to.toAbsolutePath());
            out.flush();
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }

    static final class Restore implements ApplicationRunner, ExitCodeGenerator {

        private final DatabaseAccess access;
        private final AccessLogReview accessLog;
        private int exitCode;

        Restore(DatabaseAccess access, AccessLogReview accessLog) {
            this.access = access;
            this.accessLog = accessLog;
        }

        @Override
        public void run(ApplicationArguments args) throws Exception {
            Path from = file(args);
            if (from == null) {
                System.err.println("restore: give one file: restore <file.zip>");
                exitCode = 2;
                return;
            }
            long started = System.nanoTime();
            DatabaseBackup.Summary summary;
            try (Connection owner = owner(access); InputStream in = new BufferedInputStream(Files.newInputStream(from), 1 << 20)) {
                summary = DatabaseBackup.restore(owner, in);
            } catch (NoSuchFileException e) {
                System.err.println("restore: no such file: " + from);
                exitCode = 1;
                return;
            } catch (DatabaseBackup.Refused refused) {
                System.err.println("restore: refused: " + refused.getMessage());
                exitCode = 1;
                return;
            }
            ChainCheck chain = accessLog.verifyChain();
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "restore: %d tables, %d rows in %.1f s; schema version %s; access log %d entries, %s%n",
                    summary.rows().size(), summary.totalRows(), (System.nanoTime() - started) / 1e9, summary.schemaVersion(),
                    chain.entries(), chain.intact() ? "chain intact" : "chain broken at " + chain.broken());
            out.flush();
            exitCode = chain.intact() ? 0 : 1;
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }
}
