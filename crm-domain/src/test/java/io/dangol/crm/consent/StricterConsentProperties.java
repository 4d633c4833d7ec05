package io.dangol.crm.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.consent.StricterConsent.Decision;
import io.dangol.crm.consent.StricterConsent.Key;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

class StricterConsentProperties {

    private static final Key SMS = new Key(ConsentChannel.SMS, ConsentPurpose.MARKETING);

    @Property
    void aWithdrawalOnEitherRecordWinsAndADecisionIsAddedExactlyWhenTheLatestSaysOtherwise(
            @ForAll("decisions") Map<Key, Decision> survivor, @ForAll("decisions") Map<Key, Decision> merged) {
        List<StricterConsent.Outcome> outcomes = StricterConsent.of(survivor, merged);

        assertThat(outcomes).extracting(StricterConsent.Outcome::key)
                .containsExactlyInAnyOrderElementsOf(union(survivor, merged).keySet());
        for (StricterConsent.Outcome o : outcomes) {
            boolean withdrawn = o.survivor().map(Decision::status).filter(ConsentStatus.WITHDRAWN::equals).isPresent()
                    || o.merged().map(Decision::status).filter(ConsentStatus.WITHDRAWN::equals).isPresent();
            assertThat(o.after()).isEqualTo(withdrawn ? ConsentStatus.WITHDRAWN : ConsentStatus.GRANTED);
            Decision latest = union(survivor, merged).get(o.key());
            assertThat(o.added()).isEqualTo(latest.status() != o.after());
        }
    }

    @Example
    void aLaterConsentOnTheSurvivorDoesNotUndoAnEarlierWithdrawalOnTheOther() {
        var outcome = StricterConsent.of(
                Map.of(SMS, new Decision(ConsentStatus.GRANTED, Instant.parse("2026-06-01T00:00:00Z"))),
                Map.of(SMS, new Decision(ConsentStatus.WITHDRAWN, Instant.parse("2026-03-01T00:00:00Z")))).get(0);
        assertThat(outcome.after()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(outcome.added()).isTrue();
    }

    /** The latest of both records' decisions per key (what the merged history says before anything is added). */
    private static Map<Key, Decision> union(Map<Key, Decision> a, Map<Key, Decision> b) {
        Map<Key, Decision> all = new HashMap<>(a);
        b.forEach((key, d) -> all.merge(key, d, (x, y) -> y.at().isAfter(x.at()) ? y : x));
        return all;
    }

    @Provide
    Arbitrary<Map<Key, Decision>> decisions() {
        Arbitrary<Key> keys = Combinators.combine(Arbitraries.of(ConsentChannel.class), Arbitraries.of(ConsentPurpose.class))
                .as(Key::new);
        Arbitrary<Decision> decisions = Combinators.combine(Arbitraries.of(ConsentStatus.class),
                Arbitraries.longs().between(0, 1_000).map(Instant::ofEpochSecond)).as(Decision::new);
        return Arbitraries.maps(keys, decisions).ofMaxSize(6);
    }
}
