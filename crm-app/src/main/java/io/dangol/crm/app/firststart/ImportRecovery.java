package io.dangol.crm.app.firststart;

import io.dangol.crm.importing.TransactionImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * When the app is served: imports left RUNNING by a process that died are marked FAILED. Their rows were rolled back
 * with their transaction, so the same file can simply be imported again.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "serve", matchIfMissing = true)
class ImportRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final TransactionImport imports;

    ImportRecovery(TransactionImport imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        int abandoned = imports.failAbandoned();
        if (abandoned > 0) {
            log.warn("Marked {} import(s) interrupted by an earlier stop as FAILED; import their files again", abandoned);
        }
    }
}
