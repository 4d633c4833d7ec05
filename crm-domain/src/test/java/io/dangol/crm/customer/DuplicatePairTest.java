package io.dangol.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dangol.crm.customer.PossibleDuplicate.Evidence;
import io.dangol.crm.shared.CustomerId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicatePairTest {

    @Test
    void eachPieceOfEvidenceAddsWithoutTheScoreReachingOne() {
        assertThat(DuplicatePair.score(Set.of(Evidence.PHONE))).isCloseTo(0.8, within(1e-9));
        assertThat(DuplicatePair.score(Set.of(Evidence.PHONE, Evidence.SIMILAR_NAME))).isCloseTo(0.88, within(1e-9));
        assertThat(DuplicatePair.score(EnumSet.allOf(Evidence.class))).isLessThan(1).isGreaterThan(0.99);
        assertThat(DuplicatePair.score(Set.of())).isZero();
    }

    @Test
    void aRecordMadeInDangolIsNamedByItsOwnId() {
        assertThat(new DuplicatePair.Side(CustomerId.of(42), "김민준", null, null).sourceId()).isEqualTo("dangol:42");
        assertThat(new DuplicatePair.Side(CustomerId.of(42), "김민준", "pos", "C-1").sourceId()).isEqualTo("pos:C-1");
    }
}
