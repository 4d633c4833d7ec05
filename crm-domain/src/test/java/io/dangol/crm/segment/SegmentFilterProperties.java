package io.dangol.crm.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.order.OrderChannel;
import io.dangol.crm.scoring.RfmSegment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A filter survives the trip through request parameters and a saved query string; bad values are named. */
class SegmentFilterProperties {

    @Property(tries = 300)
    void aFilterReadsBackFromItsQueryString(@ForAll("filters") SegmentFilter filter) {
        assertThat(SegmentFilter.fromQueryString(filter.toQueryString())).isEqualTo(filter);
        assertThat(SegmentFilter.fromParameters(filter.toParameters())).isEqualTo(filter);
    }

    @Provide
    Arbitrary<SegmentFilter> filters() {
        Arbitrary<Set<LadderStage>> stages = Arbitraries.of(LadderStage.class).set().ofMaxSize(4);
        Arbitrary<Set<RfmSegment>> segments = Arbitraries.of(RfmSegment.class).set().ofMaxSize(3);
        Arbitrary<Optional<SegmentFilter.ScoreRange>> range = Arbitraries.integers().between(1, 5)
                .flatMap(from -> Arbitraries.integers().between(from, 5).map(to -> new SegmentFilter.ScoreRange(from, to)))
                .optional();
        Arbitrary<Optional<BigDecimal>> amount = Arbitraries.longs().between(0, 99_999_999).map(BigDecimal::valueOf).optional();
        Arbitrary<Optional<Integer>> percent = Arbitraries.integers().between(0, 100).optional();
        Arbitrary<Optional<Integer>> days = Arbitraries.integers().between(0, 3650).optional();
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().withChars("김민준서울&=%+ ?#abc단골").ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("VIP", "단골", "a=b&c"));
        Arbitrary<Optional<String>> region = text.map(String::strip)
                .filter(s -> !s.isEmpty() && !s.contains(",") && s.split("\\s+").length <= 2).optional();
        Arbitrary<TreeSet<String>> tags = text.map(String::strip).filter(s -> !s.isEmpty() && !s.contains(","))
                .set().ofMaxSize(3).map(TreeSet::new);
        Arbitrary<Optional<SegmentFilter.Consent>> consent = Combinators.combine(Arbitraries.of(ConsentChannel.class),
                Arbitraries.of(ConsentPurpose.class)).as(SegmentFilter.Consent::new).optional();
        Arbitrary<Optional<OrderChannel>> channel = Arbitraries.of(OrderChannel.class).optional();
        List<Arbitrary<Object>> parts = List.of(any(stages), any(segments), any(range), any(range), any(range), any(amount),
                any(amount), any(percent), any(percent), any(days), any(days), any(channel), any(region), any(tags),
                any(consent), any(days), any(Arbitraries.of(true, false)), any(Arbitraries.of(true, false)),
                any(Arbitraries.integers().between(0, 366).optional()));
        return Combinators.combine(parts)
                .as(values -> filterOf(values));
    }

    private static Arbitrary<Object> any(Arbitrary<?> arbitrary) {
        return arbitrary.map(value -> (Object) value);
    }

    @SuppressWarnings("unchecked")
    private static SegmentFilter filterOf(List<Object> v) {
        return new SegmentFilter((Set<LadderStage>) v.get(0), (Set<RfmSegment>) v.get(1),
                (Optional<SegmentFilter.ScoreRange>) v.get(2), (Optional<SegmentFilter.ScoreRange>) v.get(3),
                (Optional<SegmentFilter.ScoreRange>) v.get(4), (Optional<BigDecimal>) v.get(5), (Optional<BigDecimal>) v.get(6),
                (Optional<Integer>) v.get(7), (Optional<Integer>) v.get(8), (Optional<Integer>) v.get(9),
                (Optional<Integer>) v.get(10), (Optional<OrderChannel>) v.get(11), (Optional<String>) v.get(12),
                (TreeSet<String>) v.get(13), (Optional<SegmentFilter.Consent>) v.get(14), (Optional<Integer>) v.get(15),
                (Boolean) v.get(16), (Boolean) v.get(17), (Optional<Integer>) v.get(18));
    }

    @Test
    void blanksMeanAnyAndTypedAmountsAreRead() {
        SegmentFilter filter = SegmentFilter.fromParameters(Map.of("stage", List.of("", "CORE"), "clvMin", List.of("₩1,200,000"),
                "region", List.of("  "), "tag", List.of("단골, vip,,"), "rMax", List.of("3")));
        assertThat(filter.stages()).containsExactly(LadderStage.CORE);
        assertThat(filter.clvMin()).contains(new BigDecimal("1200000"));
        assertThat(filter.region()).isEmpty();
        assertThat(filter.tags()).containsExactly("vip", "단골");
        assertThat(filter.recency()).contains(new SegmentFilter.ScoreRange(1, 3));
        assertThat(SegmentFilter.fromParameters(Map.of()).isEveryone()).isTrue();
    }

    @Test
    void badValuesAreRefusedByTheirParameterName() {
        assertRefused(Map.of("stage", List.of("VIP")), "stage");
        assertRefused(Map.of("aliveMin", List.of("101")), "aliveMin");
        assertRefused(Map.of("clvMax", List.of("-1")), "clvMax");
        assertRefused(Map.of("clvMax", List.of("1e400")), "clvMax");
        assertRefused(Map.of("rMin", List.of("4"), "rMax", List.of("2")), "rMax");
        assertRefused(Map.of("consentChannel", List.of("EMAIL")), "consentPurpose");
        assertRefused(Map.of("boughtWithin", List.of("soon")), "boughtWithin");
        assertRefused(Map.of("atRisk", List.of("maybe")), "atRisk");
        assertRefused(Map.of("tag", List.of("x".repeat(51))), "tag");
    }

    private static void assertRefused(Map<String, List<String>> parameters, String field) {
        assertThatThrownBy(() -> SegmentFilter.fromParameters(parameters))
                .isInstanceOfSatisfying(InvalidSegmentFilter.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void predefinedSegmentsHaveStableKeysAndAreNeverEveryone() {
        assertThat(PredefinedSegment.all()).hasSize(4 + 11 + 3);
        assertThat(PredefinedSegment.all()).extracting(PredefinedSegment::key).doesNotHaveDuplicates()
                .contains("stage-core", "rfm-cant-lose-them", "core-at-risk", "negative-contribution", "anniversaries");
        assertThat(PredefinedSegment.all()).noneMatch(segment -> segment.filter().isEveryone());
        assertThat(PredefinedSegment.byKey("core-at-risk").orElseThrow().filter().toQueryString()).isEqualTo("stage=CORE&atRisk=true");
    }
}
