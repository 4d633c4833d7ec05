package io.dangol.crm.scoring.persistence;

import io.dangol.crm.ladder.LadderPolicy;
import io.dangol.crm.scoring.CustomerFigures;
import io.dangol.crm.scoring.CustomerScore;
import io.dangol.crm.scoring.CustomerScorer;
import io.dangol.crm.scoring.RadarBacktest;
import io.dangol.crm.scoring.RadarBacktests;
import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.scoring.clv.PurchaseModel;
import io.dangol.crm.scoring.clv.ValueModels;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/**
 * The radar backtest: the models fitted as of the date, every customer scored as of it through the same aggregate
 * pass and scorer as a run (nothing is written), then compared with who bought in the holdout weeks. Memory: one small
 * record per buyer.
 */
@Repository
class JdbcRadarBacktests implements RadarBacktests {

    private final DataSource dataSource;
    private final ScoringSettingsStore settings;

    JdbcRadarBacktests(DataSource dataSource, ScoringSettingsStore settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Override
    public RadarBacktest run(Instant asOf, int holdoutWeeks) {
        return run(asOf, holdoutWeeks, settings.current().purchaseModel());
    }

    @Override
    public RadarBacktest run(Instant asOf, int holdoutWeeks, PurchaseModel model) {
        if (holdoutWeeks < 1 || holdoutWeeks > 520) {
            throw new IllegalArgumentException("a holdout period is 1 to 520 weeks, not " + holdoutWeeks);
        }
        ScoringSettings current = settings.current().withPurchaseModel(model);
        Instant since = asOf.atZone(ZoneOffset.UTC).minusMonths(current.windowMonths()).toInstant();
        try {
            ValueModels models = ModelInputs.fit(dataSource, asOf, current.valueTerms());
            Set<Long> boughtAfter = boughtIn(asOf, asOf.plus(Duration.ofDays(7L * holdoutWeeks)));
            CustomerScorer scorer = new CustomerScorer(current, asOf, Optional.of(models));
            LadderPolicy ladder = new LadderPolicy(current.ladderRules());
            double aliveThreshold = current.riskAliveThreshold().doubleValue();
            List<RadarBacktest.Customer> buyers = new ArrayList<>();
            try (Connection read = dataSource.getConnection()) {
                read.setAutoCommit(false);
                // not read-only: the aggregate pass writes its figures into a temporary table first
                try (AggregatePass.Pass pass = AggregatePass.prepare(read, asOf, since, scorer::cuts)) {
                    pass.query().setFetchSize(5_000);
                    try (ResultSet rows = pass.query().executeQuery()) {
                        AggregatePass.Reader reader = new AggregatePass.Reader(rows, pass);
                        while (rows.next()) {
                            AggregatePass.Row row = reader.row();
                            CustomerFigures figures = row.figures();
                            if (!figures.hasBought()) {
                                continue;
                            }
                            CustomerScore score = scorer.score(figures, row.ranks());
                            LadderPolicy.Rhythm rhythm = ladder.rhythm(figures.ordersAll(), figures.firstPurchase().orElseThrow(),
                                    figures.lastPurchase().orElseThrow(), asOf);
                            Optional<ValueModels.Prediction> prediction = score.value();
                            buyers.add(new RadarBacktest.Customer(score.stage(),
                                    prediction.flatMap(ValueModels.Prediction::lifetimeValue).map(BigDecimal::doubleValue)
                                            .orElse(Double.NaN),
                                    prediction.map(ValueModels.Prediction::probabilityAlive).orElse(Double.NaN),
                                    figures.ordersAll() >= 2, rhythm.cycleDays(), rhythm.silentDays(), score.riskReasons(),
                                    !boughtAfter.contains(figures.customerId())));
                        }
                    }
                }
                read.commit();
            }
            return RadarBacktest.of(asOf, holdoutWeeks, current.activityFactor().doubleValue(), current.overdueFloorDays(),
                    aliveThreshold, model, buyers);
        } catch (SQLException e) {
            throw new IllegalStateException("the radar backtest could not read the orders: " + e.getMessage(), e);
        }
    }

    private Set<Long> boughtIn(Instant from, Instant to) throws SQLException {
        Set<Long> customers = new HashSet<>();
        try (Connection read = dataSource.getConnection();
             PreparedStatement query = read.prepareStatement(
                     "select distinct customer_id from customer_order where ordered_at >= ? and ordered_at < ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    customers.add(rs.getLong(1));
                }
            }
        }
        return customers;
    }
}
