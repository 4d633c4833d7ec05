package io.dangol.crm.scoring;

import io.dangol.crm.scoring.clv.Backtest;
import java.time.Instant;

/** Runs a backtest on the shop's own orders: calibration up to {@code calibrationEnd}, then a holdout period. */
public interface Backtests {

    Backtest run(Instant calibrationEnd, int holdoutWeeks);
}
