package io.dangol.crm.shared;

import java.util.function.Supplier;

/**
 * One database transaction around a use case's writes, so that everything one action writes lands together or not
 * at all. Implemented by the persistence module.
 */
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
