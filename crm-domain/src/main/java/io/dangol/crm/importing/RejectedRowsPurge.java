package io.dangol.crm.importing;

import io.dangol.crm.shared.WritePort;
import java.time.Instant;

/** Where raw rejected import rows are emptied once they are old enough; line, reason and detail stay. */
@WritePort
public interface RejectedRowsPurge {

    /** Empties the raw text of rejected rows of runs started before {@code before}; the number of rows purged. */
    long purgeBefore(Instant before);
}
