package io.dangol.crm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.customer.ContactPoint;
import io.dangol.crm.customer.ContactPointKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoPopulationTest {

    private static final Instant AS_OF = Instant.parse("2026-11-23T00:00:00Z");
    private final DemoPopulation population = new DemoPopulation(42, 20_000, AS_OF);
    private final List<DemoCustomer> people = IntStream.range(0, 20_000).mapToObj(population::customer).toList();

    @Test
    void theSameSeedInventsTheSamePeople() {
        DemoPopulation again = new DemoPopulation(42, 20_000, AS_OF);
        assertThat(again.customer(1234)).isEqualTo(population.customer(1234));
        assertThat(new DemoPopulation(43, 20_000, AS_OF).customer(1234)).isNotEqualTo(population.customer(1234));
    }

    @Test
    void buyingIsSkewedLikeARealShop() {
        double oneOff = share(c -> c.orders().size() == 1);
        double heavy = share(c -> c.orders().size() >= 10);
        double linesPerCustomer = people.stream().mapToInt(DemoCustomer::orderLineCount).average().orElseThrow();

        assertThat(oneOff).isBetween(0.35, 0.50);
        assertThat(heavy).isBetween(0.03, 0.25);
        assertThat(linesPerCustomer).isBetween(8.0, 12.0);
    }

    @Test
    void aFewVipsReturnMostOfWhatTheyBuyAndComplain() {
        List<DemoCustomer> vips = people.stream().filter(c -> c.tags().contains("VIP")).toList();
        assertThat(vips).hasSizeBetween(50, 160);
        assertThat(vips).allSatisfy(vip -> {
            long lines = vip.orderLineCount();
            long returned = vip.orders().stream().flatMap(o -> o.lines().stream()).filter(l -> l.returnedQuantity() > 0).count();
            assertThat((double) returned / lines).isGreaterThan(0.5);
            assertThat(vip.serviceCases()).hasSizeGreaterThanOrEqualTo(5);
        });
    }

    @Test
    void everythingHappensBetweenJoiningAndToday() {
        for (DemoCustomer c : people.subList(0, 2_000)) {
            assertThat(c.orders()).allSatisfy(o -> assertThat(o.orderedAt()).isBetween(c.createdAt(), AS_OF));
            assertThat(c.orders().get(0).orderedAt()).isEqualTo(c.orders().stream().map(DemoCustomer.Order::orderedAt).min(Instant::compareTo).orElseThrow());
            assertThat(c.referredIndexes()).doesNotContain(c.index());
        }
    }

    @Test
    void contactPointsAreValidAndSomeAreStale() {
        for (DemoCustomer c : people.subList(0, 2_000)) {
            for (DemoCustomer.Point p : c.contactPoints()) {
                ContactPoint valid = new ContactPoint(p.kind(), p.value(), Optional.ofNullable(p.verifiedAt()));
                assertThat(valid.value()).isEqualTo(p.value());
            }
        }
        assertThat(share(c -> c.contactPoints().stream().anyMatch(p -> p.verifiedAt() == null))).isGreaterThan(0.1);
        assertThat(share(c -> c.contactPoints().stream().anyMatch(p -> p.kind() == ContactPointKind.PHONE))).isGreaterThan(0.8);
        assertThat(share(c -> c.name().matches(".*[가-힣].*"))).isBetween(0.6, 0.85);
    }

    @Test
    void aboutOneInAHundredIsTheSamePersonAgainSharingSomethingWithTheOriginal() {
        List<DemoCustomer> again = people.stream().filter(c -> population.duplicateOf(c.index()).isPresent()).toList();
        assertThat(again.size()).isBetween(120, 260);
        for (DemoCustomer duplicate : again) {
            DemoCustomer original = population.customer(population.duplicateOf(duplicate.index()).orElseThrow());
            assertThat(original.index()).isLessThan(duplicate.index());
            assertThat(population.duplicateOf(original.index())).isEmpty();
            assertThat(duplicate.name().replace(" ", "").substring(0, 1)).isEqualTo(original.name().substring(0, 1));
            boolean sharesPoint = duplicate.contactPoints().stream().anyMatch(p -> original.contactPoints().stream()
                    .anyMatch(o -> o.kind() == p.kind() && o.value().equals(p.value())));
            boolean sharesBirthday = !duplicate.events().isEmpty() && original.events().contains(duplicate.events().get(0));
            assertThat(sharesPoint || sharesBirthday).as("%s and %s", duplicate, original).isTrue();
        }
        assertThat(again.stream().filter(c -> !c.name().equals(population.customer(population.duplicateOf(c.index())
                .orElseThrow()).name())).count()).as("retyped names").isGreaterThan(again.size() / 4);
    }

    @Test
    void aFifthOfThoseWhoCouldReceiveThePlantedCampaignAreHeldOutAndTheTouchedBuyMoreWhereItWorks() {
        DemoCampaign campaign = population.campaign();
        List<DemoCustomer> members = IntStream.range(0, population.size()).mapToObj(population::customer)
                .filter(c -> c.campaign().isPresent()).toList();
        long heldOut = members.stream().filter(c -> c.campaign().get().heldOut()).count();

        assertThat(members.size()).isBetween(5_000, 10_000);
        assertThat((double) heldOut / members.size()).isBetween(0.18, 0.22);
        assertThat(members).allSatisfy(c -> {
            assertThat(c.createdAt()).isBefore(campaign.at());
            assertThat(c.contactPoints()).anyMatch(p -> p.kind() == ContactPointKind.EMAIL);
        });
        // the touched at-risk buy in the 30 days after the send more often than the held-out at-risk; the hibernating do not
        assertThat(boughtWithin30Days(members, campaign, "AT_RISK", false))
                .isGreaterThan(boughtWithin30Days(members, campaign, "AT_RISK", true) + 0.04);
        assertThat(boughtWithin30Days(members, campaign, "HIBERNATING", false))
                .isCloseTo(boughtWithin30Days(members, campaign, "HIBERNATING", true), org.assertj.core.api.Assertions.within(0.03));
    }

    private static double boughtWithin30Days(List<DemoCustomer> members, DemoCampaign campaign, String segment, boolean heldOut) {
        List<DemoCustomer> group = members.stream().filter(c -> c.campaign().get().heldOut() == heldOut
                && c.campaign().get().segment().equals(Optional.of(segment))).toList();
        Instant end = campaign.at().plus(java.time.Duration.ofDays(30));
        return (double) group.stream().filter(c -> c.orders().stream()
                .anyMatch(o -> o.orderedAt().isAfter(campaign.at()) && !o.orderedAt().isAfter(end))).count() / group.size();
    }

    @Test
    void advocatesAreMostlyLoyalBuyersAndLeaversComplainedAndReturnedMoreBeforeTheyWent() {
        List<DemoCustomer> people = IntStream.range(0, population.size()).mapToObj(population::customer).toList();
        List<DemoCustomer> advocates = people.stream().filter(c -> !c.referredIndexes().isEmpty()
                || c.feedback().stream().anyMatch(f -> f.sentiment() == io.dangol.crm.feedback.Sentiment.POSITIVE)).toList();
        double loyalAdvocates = advocates.stream().filter(c -> c.orders().size() >= 6).count() / (double) advocates.size();
        double loyalEveryone = people.stream().filter(c -> c.orders().size() >= 6).count() / (double) people.size();
        assertThat(loyalAdvocates).as("advocates with six orders or more: most of them").isGreaterThan(0.5).isGreaterThan(2 * loyalEveryone);

        // gone: several orders, none in the last year; staying: several orders, one in the last 60 days
        java.util.function.Predicate<DemoCustomer> gone = c -> c.orders().size() >= 3
                && c.orders().get(c.orders().size() - 1).orderedAt().isBefore(AS_OF.minus(java.time.Duration.ofDays(365)));
        java.util.function.Predicate<DemoCustomer> staying = c -> c.orders().size() >= 3
                && c.orders().get(c.orders().size() - 1).orderedAt().isAfter(AS_OF.minus(java.time.Duration.ofDays(60)));
        assertThat(complaintShare(people, gone)).isGreaterThan(2 * complaintShare(people, staying));
        assertThat(returnedLineShare(people, gone)).isGreaterThan(1.5 * returnedLineShare(people, staying));
    }

    private static double complaintShare(List<DemoCustomer> people, java.util.function.Predicate<DemoCustomer> group) {
        List<DemoCustomer> of = people.stream().filter(group).filter(c -> !c.tags().contains("VIP")).toList();
        return of.stream().filter(c -> c.serviceCases().stream()
                .anyMatch(k -> k.kind() == io.dangol.crm.servicecase.ServiceCaseKind.COMPLAINT)).count() / (double) of.size();
    }

    private static double returnedLineShare(List<DemoCustomer> people, java.util.function.Predicate<DemoCustomer> group) {
        List<DemoCustomer.Line> lines = people.stream().filter(group).filter(c -> !c.tags().contains("VIP"))
                .flatMap(c -> c.orders().stream()).flatMap(o -> o.lines().stream()).toList();
        return lines.stream().filter(l -> l.returnedQuantity() > 0).count() / (double) lines.size();
    }

    @Test
    void retypingAKoreanNameChangesOneFinalConsonantOrAddsASpace() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(DemoNames.retyped("김민준", random));
        }
        assertThat(seen).contains("김민준", "김 민준", "김민줄").allMatch(n -> n.length() <= 4);
    }

    private double share(java.util.function.Predicate<DemoCustomer> test) {
        return people.stream().filter(test).count() / (double) people.size();
    }
}
