package io.dangol.crm.scoring.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.scoring.RadarBacktest;
import io.dangol.crm.scoring.RadarBacktests;
import io.dangol.crm.scoring.clv.PurchaseModel;
import io.dangol.crm.testing.Datasets;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The churn radar tested on real purchase histories (the public datasets, see {@link Datasets}): CDNOW's 1/10 sample
 * (39 weeks of calibration, 39 of holdout, as the BG/NBD papers split it) and UCI Online Retail (to the end of June
 * 2011, then 26 weeks). Neither holds contact points, so the radar watches the top CLV decile of buyers. The figures
 * printed here are the ones in docs/scoring.md.
 */
@SpringBootTest
class RadarBacktestRealDataTest extends PostgresIntegrationTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    TransactionImport transactions;

    @Autowired
    io.dangol.crm.importing.RecordImport records;

    @Autowired
    io.dangol.crm.retention.RetentionCases retention;

    @Autowired
    RadarBacktests radar;

    @Autowired
    io.dangol.crm.scoring.Backtests purchases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onCdnowTheRadarFindsLeaversBetterThanChanceAndTheNaiveRule() throws Exception {
        Tables.emptyCustomerData(jdbc);
        load(Datasets.file("cdnow/cdnowElog.csv"), "cdnow",
                Map.of("masterid", "customer_id", "cds", "quantity", "sales", "amount", "sampleid", "ignored"));

        RadarBacktest r = radar.run(LocalDate.of(1997, 10, 1).atStartOfDay(UTC).toInstant(), 39, PurchaseModel.BG_NBD);
        print("cdnow", r);
        RadarBacktest mbg = radar.run(LocalDate.of(1997, 10, 1).atStartOfDay(UTC).toInstant(), 39, PurchaseModel.MBG_NBD);
        print("cdnow mbg", mbg);
        printPurchases("cdnow", purchases.run(LocalDate.of(1997, 10, 1).atStartOfDay(UTC).toInstant(), 39));

        assertThat(r.watch()).isEqualTo(RadarBacktest.Watch.TOP_CLV_BUYERS);
        assertThat(r.buyers()).isEqualTo(2_357);
        assertThat(r.watched()).as("a tenth, and those tied with the tenth").isBetween(230L, 250L);
        assertThat(r.radar().precision()).as("better than flagging at random").isGreaterThan(r.lapseRate());
        assertThat(r.lift()).isGreaterThan(1.0);
    }

    @Test
    void onOnlineRetailTheRadarIsMeasuredTheSameWay() throws Exception {
        Tables.emptyCustomerData(jdbc);
        for (String part : new String[] {"online_retail_part1_2010-12_to_2011-04.csv.gz",
                "online_retail_part2_2011-05_to_2011-08.csv.gz", "online_retail_part3_2011-09_to_2011-12.csv.gz"}) {
            load(Datasets.file("online-retail/" + part), "uci", Map.of());
        }

        RadarBacktest r = radar.run(LocalDate.of(2011, 7, 1).atStartOfDay(UTC).toInstant(), 22, PurchaseModel.BG_NBD);
        print("online retail", r);
        RadarBacktest mbg = radar.run(LocalDate.of(2011, 7, 1).atStartOfDay(UTC).toInstant(), 22, PurchaseModel.MBG_NBD);
        print("online retail mbg", mbg);
        printPurchases("online retail", purchases.run(LocalDate.of(2011, 7, 1).atStartOfDay(UTC).toInstant(), 22));

        assertThat(r.watch()).isEqualTo(RadarBacktest.Watch.TOP_CLV_BUYERS);
        assertThat(r.watched()).isPositive();
        assertThat(r.radar().precision()).as("better than flagging at random").isGreaterThan(r.lapseRate());
        assertThat(r.lift()).as("with the floor the backtests chose, as precise as the naive rule at least").isGreaterThanOrEqualTo(1.0);
    }

    private void load(Path file, String source, Map<String, String> columns) throws Exception {
        ImportFile importing = new ImportFile(transactions, records, retention, UTC, Long.MAX_VALUE, Clock.systemUTC());
        importing.handle(new ImportFile.Command(file, file.getFileName().toString(), "", source, "test", Optional.empty(), columns),
                run -> { });
    }

    private static void printPurchases(String data, io.dangol.crm.scoring.clv.Backtest b) {
        System.out.printf(Locale.ROOT, "%s purchases: %d customers, actual %d; BG/NBD %.1f (MAE %.4f, LL %.2f); MBG/NBD %.1f "
                        + "(MAE %.4f, LL %.2f)%n", data, b.customers(), b.totalActual(), b.totalPredicted(), b.meanAbsoluteError(),
                b.fit().logLikelihood(), b.modifiedTotalPredicted(), b.modifiedMeanAbsoluteError(), b.modifiedFit().logLikelihood());
    }

    private static void print(String data, RadarBacktest r) {
        Locale root = Locale.ROOT;
        System.out.printf(root, "%s: %d buyers, %d watched, lapse rate %.3f; radar %d flagged p %.3f r %.3f; naive (%.0f d) %d "
                        + "flagged p %.3f r %.3f; lift %.2f%n", data, r.buyers(), r.watched(), r.lapseRate(), r.radar().flagged(),
                r.radar().precision(), r.radar().recall(), r.naiveSilenceDays(), r.naive().flagged(), r.naive().precision(),
                r.naive().recall(), r.lift());
        r.byReason().forEach(b -> System.out.printf(root, "%s:   %s %d flagged p %.3f r %.3f%n", data, b.key(),
                b.verdict().flagged(), b.verdict().precision(), b.verdict().recall()));
        r.floors().forEach(t -> System.out.printf(root, "%s:   floor %d: %d flagged p %.3f r %.3f%n", data, t.floorDays(),
                t.verdict().flagged(), t.verdict().precision(), t.verdict().recall()));
        r.aliveThresholds().forEach(t -> System.out.printf(root, "%s:   alive < %.1f: %d flagged p %.3f r %.3f%n", data,
                t.threshold(), t.verdict().flagged(), t.verdict().precision(), t.verdict().recall()));
    }
}
