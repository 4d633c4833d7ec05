package io.dangol.crm.scoring.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.ladder.LadderPolicy;
import io.dangol.crm.scoring.QuintileScorer;
import io.dangol.crm.scoring.RankCuts;
import io.dangol.crm.scoring.Ranks;
import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The places at the cuts against every buyer's full ranks, as the window functions the pass replaced give them
 * (row_number over each ordering, ties by id), on a demo shop whose buyers tie in F and M by the hundred.
 */
@SpringBootTest
class AggregatePassTest extends PostgresIntegrationTest {

    private static final String FULL_RANKS = """
            select id,
                   row_number() over (order by last_at, id) as r_rank,
                   row_number() over (order by orders_window, id) as f_rank,
                   row_number() over (order by sales - refunds, id) as m_rank,
                   row_number() over (order by sales - refunds - cogs - service_cost desc, id) as p_rank
            from scoring_figures where orders_all > 0""";

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void everyBuyerPlacedAtTheCutsScoresAsTheirFullRanks() throws SQLException {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(4_000, 7));
        Instant asOf = Instant.now();
        LadderPolicy ladder = new LadderPolicy(ScoringSettings.defaults().ladderRules());
        try (Connection read = dataSource.getConnection()) {
            read.setAutoCommit(false);
            try (AggregatePass.Pass pass = AggregatePass.prepare(read, asOf, asOf.minus(Duration.ofDays(365)),
                    buyers -> RankCuts.of(buyers, ladder))) {
                Map<Long, long[]> full = fullRanks(read);
                long buyers = pass.buyers();
                long corePlaces = ladder.corePlaces(buyers);
                assertThat(buyers).isEqualTo(full.size()).isGreaterThan(1_000);
                int placed = 0;
                try (ResultSet rows = pass.query().executeQuery()) {
                    AggregatePass.Reader reader = new AggregatePass.Reader(rows, pass);
                    while (rows.next()) {
                        AggregatePass.Row row = reader.row();
                        if (!row.figures().hasBought()) {
                            continue;
                        }
                        long[] rank = full.get(row.figures().customerId());
                        Ranks places = row.ranks();
                        String who = "customer " + row.figures().customerId();
                        assertThat(QuintileScorer.score(places.recency(), buyers)).as(who).isEqualTo(QuintileScorer.score(rank[0], buyers));
                        assertThat(QuintileScorer.score(places.frequency(), buyers)).as(who).isEqualTo(QuintileScorer.score(rank[1], buyers));
                        assertThat(QuintileScorer.score(places.monetary(), buyers)).as(who).isEqualTo(QuintileScorer.score(rank[2], buyers));
                        assertThat(places.profit() <= corePlaces).as(who).isEqualTo(rank[3] <= corePlaces);
                        placed++;
                    }
                }
                assertThat(placed).isEqualTo(buyers);
                assertThat(count(read, "select count(distinct sales - refunds) from scoring_figures where orders_all > 0"))
                        .as("buyers tie in M").isLessThan(buyers / 2);
            }
            read.rollback();
        }
    }

    private static long count(Connection read, String sql) throws SQLException {
        try (PreparedStatement query = read.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<Long, long[]> fullRanks(Connection read) throws SQLException {
        Map<Long, long[]> ranks = new HashMap<>();
        try (PreparedStatement query = read.prepareStatement(FULL_RANKS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ranks.put(rows.getLong(1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)});
            }
        }
        return ranks;
    }
}
