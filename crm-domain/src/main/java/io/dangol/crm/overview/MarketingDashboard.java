package io.dangol.crm.overview;

import java.util.Optional;

/** The dashboard's figures, read from what the latest successful scoring run stored. */
public interface MarketingDashboard {

    /** Empty until a scoring run has succeeded. */
    Optional<Dashboard> latest();
}
