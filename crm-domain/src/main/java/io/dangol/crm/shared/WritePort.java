package io.dangol.crm.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port that changes data. Only use cases call write ports: a controller calls a use case (which owns the
 * rules and the transaction) or a query port, never a write port directly — {@code ArchitectureTest} checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WritePort {
}
