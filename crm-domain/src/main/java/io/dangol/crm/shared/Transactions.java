package io.dangol.crm.shared;

import java.util.function.Supplier;

/**
 * One database transaction around a use case's writes, so that everything one action writes lands together or not
 * at all. Implemented by the persistence module; tests may run the work directly.
 */
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** Runs the work without a transaction: for domain tests with in-memory ports. */
    static Transactions none() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
