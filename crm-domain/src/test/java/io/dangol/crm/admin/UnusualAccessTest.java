package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class UnusualAccessTest {

    private final UnusualAccess rule = new UnusualAccess(3.0, 100);

    @Test
    void aSellerWhoSawFarMoreCustomersThanTheirPeersIsFlaggedWithThePeersMedian() {
        List<AccessAlert> alerts = rule.find(List.of(
                new UserAccess("mina", 150, 120, 0, 0),
                new UserAccess("joon", 100, 90, 0, 0),
                new UserAccess("seo", 80, 60, 0, 0),
                new UserAccess("hoarder", 5000, 4200, 0, 0)));

        assertThat(alerts).containsExactly(new AccessAlert("hoarder", AccessAlert.Kind.VOLUME, 4200, 90));
    }

    @Test
    void exportsAreComparedApartFromViews() {
        List<AccessAlert> alerts = rule.find(List.of(
                new UserAccess("mk1", 10, 500, 400, 0),
                new UserAccess("mk2", 10, 500, 300, 0),
                new UserAccess("mk3", 10, 500, 20_000, 0)));

        assertThat(alerts).extracting(AccessAlert::kind).containsExactly(AccessAlert.Kind.EXPORTS);
        assertThat(alerts.get(0).username()).isEqualTo("mk3");
        assertThat(alerts.get(0).peerMedian()).isEqualTo(300);
    }

    @Test
    void aQuietMonthDoesNotFlagTheOnePersonWhoWorked() {
        assertThat(rule.find(List.of(new UserAccess("alone", 40, 40, 0, 0), new UserAccess("idle", 1, 1, 0, 0))))
                .isEmpty();
    }

    @Test
    void anyEntryAtNightIsFlaggedButApiTokensAreNeitherFlaggedNorPeers() {
        List<AccessAlert> alerts = rule.find(List.of(
                new UserAccess("night.owl", 12, 10, 0, 3),
                new UserAccess("api:pos", 900_000, 800_000, 0, 50_000),
                new UserAccess("day", 12, 10, 0, 0)));

        assertThat(alerts).containsExactly(new AccessAlert("night.owl", AccessAlert.Kind.NIGHT, 3, 0));
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddle() {
        assertThat(UnusualAccess.median(new long[] {})).isZero();
        assertThat(UnusualAccess.median(new long[] {7})).isEqualTo(7);
        assertThat(UnusualAccess.median(new long[] {1, 5, 9, 20})).isEqualTo(5);
    }

    @Test
    void settingsThatCouldNeverFlagAnyoneAreRefused() {
        assertThatThrownBy(() -> new UnusualAccess(1.0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnusualAccess(3.0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aMemberOfStaffWithinTheFactorOfEveryPeerIsNeverFlaggedForVolume(
            @ForAll @Size(min = 2, max = 30) List<@LongRange(min = 100, max = 300) Long> seen) {
        List<UserAccess> usage = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            usage.add(new UserAccess("u" + i, seen.get(i), seen.get(i), 0, 0));
        }
        assertThat(rule.find(usage)).isEmpty();
    }

    @Property
    void flaggingIsIndependentOfTheOrderUsersAreListedIn(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 10_000) Integer> seen) {
        List<UserAccess> usage = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            usage.add(new UserAccess("u" + i, seen.get(i), seen.get(i), 0, i % 3 == 0 ? 1 : 0));
        }
        List<UserAccess> reversed = new ArrayList<>(usage);
        java.util.Collections.reverse(reversed);
        assertThat(rule.find(reversed)).containsExactlyInAnyOrderElementsOf(rule.find(usage));
    }
}
