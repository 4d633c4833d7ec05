package io.dangol.crm.consent;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;

/** The consent history: every grant and withdrawal a new row, never an update. */
@WritePort
public interface Consents {

    /** False when there is no such customer (nothing is written then). */
    boolean record(CustomerId customer, ConsentChange change);
}
