package io.dangol.crm.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Control groups are random, stratified and reproducible from their seed. */
class ControlGroupTest {

    private static final String[] STRATA = {"CORE/CHAMPIONS", "IDENTIFIED/LOYAL", "BUYER/AT_RISK", "BUYER/-"};

    private static List<ControlGroup.Member> population(int size, long offset) {
        List<ControlGroup.Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(new ControlGroup.Member(offset + i * 7L, STRATA[(int) ((i * 31L + offset) % STRATA.length)]));
        }
        return members;
    }

    @Property(tries = 100)
    void eachStratumHoldsOutItsShareRoundedHalfUp(@ForAll @IntRange(min = 0, max = 50) int percent,
                                                   @ForAll @IntRange(min = 0, max = 3_000) int size,
                                                   @ForAll long seed) {
        List<ControlGroup.Member> members = population(size, 1);
        Set<Long> heldOut = new ControlGroup(percent, seed).choose(members);

        Map<String, List<ControlGroup.Member>> strata = members.stream().collect(Collectors.groupingBy(ControlGroup.Member::stratum));
        strata.forEach((stratum, inStratum) -> {
            long held = inStratum.stream().filter(m -> heldOut.contains(m.customerId())).count();
            assertThat((double) held).isCloseTo(inStratum.size() * percent / 100.0, org.assertj.core.api.Assertions.within(0.5));
        });
    }

    @Property(tries = 50)
    void theSameSeedDrawsTheSameGroupWhateverTheOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2_000) int size) {
        List<ControlGroup.Member> members = population(size, 11);
        List<ControlGroup.Member> reversed = new ArrayList<>(members);
        java.util.Collections.reverse(reversed);

        assertThat(new ControlGroup(10, seed).choose(reversed)).isEqualTo(new ControlGroup(10, seed).choose(members));
    }

    @Property(tries = 20)
    void anotherSeedDrawsAnotherGroup(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE - 1) long seed) {
        List<ControlGroup.Member> members = population(2_000, 3);

        assertThat(new ControlGroup(10, seed + 1).choose(members)).isNotEqualTo(new ControlGroup(10, seed).choose(members));
    }

    @Test
    void theDrawIsNotTheCustomerNumberInDisguise() {
        // 20,000 consecutive numbers in one stratum, 10 % held out: the held out are spread over the range and as many
        // odd as even, as a random draw would be (a draw by number would take the lowest or the highest)
        List<ControlGroup.Member> members = new ArrayList<>();
        for (long id = 1; id <= 20_000; id++) {
            members.add(new ControlGroup.Member(id, "all"));
        }
        Set<Long> heldOut = new ControlGroup(10, 20261204L).choose(members);

        assertThat(heldOut).hasSize(2_000);
        long lowerHalf = heldOut.stream().filter(id -> id <= 10_000).count();
        long odd = heldOut.stream().filter(id -> id % 2 == 1).count();
        assertThat(lowerHalf).isBetween(900L, 1_100L); // ±4.5 standard deviations of a fair draw
        assertThat(odd).isBetween(900L, 1_100L);
    }

    @Test
    void theKeyIsTheFirst64BitsOfTheMd5OfSeedColonCustomer() {
        // echo -n "7:42" | md5sum → ad177c67bdafbc37 43d61c3bd5840b0e; the database computes the same key in SQL
        assertThat(ControlGroup.drawKey(7, 42)).isEqualTo(0xad177c67bdafbc37L);
    }

    @Test
    void theShareIsZeroToFiftyPercent() {
        assertThatThrownBy(() -> new ControlGroup(51, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ControlGroup(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ControlGroup.none().choose(population(100, 1))).isEmpty();
    }
}
