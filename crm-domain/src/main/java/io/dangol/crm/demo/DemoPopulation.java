package io.dangol.crm.demo;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.ContactOutcome;
import io.dangol.crm.contact.ContactPurpose;
import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.Direction;
import io.dangol.crm.customer.AcquisitionChannel;
import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.customer.EventKind;
import io.dangol.crm.demo.DemoCustomer.Consent;
import io.dangol.crm.demo.DemoCustomer.Contact;
import io.dangol.crm.demo.DemoCustomer.Event;
import io.dangol.crm.demo.DemoCustomer.Feedback;
import io.dangol.crm.demo.DemoCustomer.Line;
import io.dangol.crm.demo.DemoCustomer.Order;
import io.dangol.crm.demo.DemoCustomer.Point;
import io.dangol.crm.demo.DemoCustomer.ServiceCase;
import io.dangol.crm.feedback.FeedbackChannel;
import io.dangol.crm.feedback.Sentiment;
import io.dangol.crm.order.OrderChannel;
import io.dangol.crm.servicecase.ServiceCaseKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Invents customers deterministically: customer {@code i} of a seed is always the same person, so a
 * population can be made in any order, in parallel, and again. Buying is skewed as in real shops: about
 * 40% buy once, a long tail buys often; one in two hundred is a "VIP" who returns most of what they buy
 * and complains a lot; a third have stopped buying — and complained and returned more before they went; loyal
 * buyers (six orders or more, still buying) praise and refer others far more often, so the advocates the ladder's
 * top needs are mostly loyal, valuable buyers; contact points go stale; consents get withdrawn. About one in a
 * hundred is a known duplicate of an earlier customer ({@link #duplicateOf}): the same person registered again by
 * another department, sharing a phone, an e-mail, or — under a name spelt a little differently — a birthday or an
 * address, with purchases of their own.
 */
public final class DemoPopulation {

    /** The source system the invented customers come from; each has the id {@link #externalId} in it. */
    public static final String SOURCE_SYSTEM = "demo";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final long DAY = 86_400L;
    private static final String[] CITIES = {"서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵로", "부산광역시 해운대구 해운대로",
        "대구광역시 수성구 동대구로", "인천광역시 연수구 센트럴로", "경기도 성남시 분당구 판교역로", "광주광역시 서구 상무대로",
        "대전광역시 유성구 대학로", "제주특별자치도 제주시 연동"};
    private static final String[] NOTES = {"신제품 안내 요청", "재구매 의사 확인", "배송 지연 문의 응대", "매장 방문 상담",
        "Asked about the subscription plan", "Follow-up on last order", "선물 포장 문의", "멤버십 혜택 설명"};
    private static final String[] COMPLAINTS = {"배송 중 파손", "원두 신선도 불만", "그라인더 고장", "환불 지연", "Wrong item delivered"};
    private static final String[] PRAISE = {"커피 맛이 정말 좋아요", "친절한 매장 응대 감사합니다", "Great beans, fast delivery",
        "선물세트 포장이 예뻐요"};
    private static final String[] GRIPES = {"가격이 너무 올랐어요", "배송이 늦어요", "The app keeps logging me out", "불량품이 또 왔네요"};

    private final long seed;
    private final int size;
    private final Instant asOf;

    public DemoPopulation(long seed, int size, Instant asOf) {
        this.seed = seed;
        this.size = size;
        this.asOf = asOf;
    }

    public int size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    public DemoCustomer customer(int index) {
        DemoCustomer own = invented(index);
        Optional<Integer> original = original(index);
        if (original.isEmpty()) {
            return own;
        }
        return again(own, invented(original.get()), new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + index)).orElse(own);
    }

    /** The id a demo customer has in the demo source system: {@code C} and its id here, unique over several loads. */
    public static String externalId(long customerId) {
        return "C" + customerId;
    }

    /** The customer that {@code index} is a planted duplicate of, if it is one. */
    public Optional<Integer> duplicateOf(int index) {
        return original(index).filter(o -> again(invented(index), invented(o),
                new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + index)).isPresent());
    }

    private boolean planted(int index) {
        return index > 0 && new SplittableRandom(seed * 0x94D049BB133111EBL + index).nextInt(100) == 0;
    }

    private Optional<Integer> original(int index) {
        if (!planted(index)) {
            return Optional.empty();
        }
        int candidate = index - 1 - new SplittableRandom(seed + index).nextInt(Math.min(index, 50_000));
        while (planted(candidate)) {
            candidate--;
        }
        return Optional.of(candidate);
    }

    /**
     * The original registered again: its name as typed this time, and one thing of theirs the second record shares
     * — the phone, the e-mail, or the birthday or postal address beside a new number. Empty when the original has
     * none of what was drawn.
     */
    private static Optional<DemoCustomer> again(DemoCustomer own, DemoCustomer original, SplittableRandom random) {
        int draw = random.nextInt(100);
        ContactPointKind shared = draw < 40 ? ContactPointKind.PHONE : draw < 65 ? ContactPointKind.EMAIL : null;
        List<Point> points = new ArrayList<>();
        List<Event> events = own.events();
        Optional<Point> originalPoint = shared == null ? Optional.empty()
                : original.contactPoints().stream().filter(p -> p.kind() == shared).findFirst();
        Optional<Event> birthday = original.events().stream().filter(e -> e.kind() == EventKind.BIRTHDAY).findFirst();
        Optional<Point> address = original.contactPoints().stream().filter(p -> p.kind() == ContactPointKind.POSTAL).findFirst();
        if (originalPoint.isPresent()) {
            points.add(new Point(shared, originalPoint.get().value(), own.createdAt()));
            own.contactPoints().stream().filter(p -> p.kind() != shared).forEach(points::add);
        } else if (birthday.isPresent()) {
            own.contactPoints().stream().filter(p -> p.kind() != ContactPointKind.POSTAL).forEach(points::add);
            events = List.of(birthday.get());
        } else if (address.isPresent()) {
            own.contactPoints().stream().filter(p -> p.kind() != ContactPointKind.POSTAL).forEach(points::add);
            points.add(address.get());
        } else {
            return Optional.empty();
        }
        return Optional.of(new DemoCustomer(own.index(), DemoNames.retyped(original.name(), random), original.kind(),
                own.createdAt(), own.channel(), own.tags(), points, own.orders(), own.serviceCases(), own.contacts(),
                own.consents(), original.kind() == CustomerKind.COMPANY ? List.of() : events, own.feedback(),
                own.referredIndexes(), own.campaign()));
    }

    private DemoCustomer invented(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        boolean company = random.nextInt(100) < 3;
        boolean korean = random.nextInt(100) < 75;
        String name = company ? DemoNames.company(random) : korean ? DemoNames.korean(random) : DemoNames.english(random);
        Instant createdAt = asOf.minusSeconds(DAY * (30 + random.nextInt(4 * 365)) + random.nextInt((int) DAY));
        boolean returner = random.nextInt(200) == 0;
        boolean lapsed = !returner && random.nextInt(100) < 33;
        List<Order> orders = new ArrayList<>(orders(random, createdAt, returner, lapsed));
        boolean loyal = !lapsed && !returner && orders.size() >= 6;
        List<Point> points = contactPoints(random, index, name, createdAt);
        AcquisitionChannel acquired = pick(random, AcquisitionChannel.values());
        List<String> tags = tags(random, returner, orders.size());
        List<ServiceCase> cases = serviceCases(random, orders, returner, lapsed);
        List<Contact> contacts = contacts(random, createdAt, returner);
        List<Consent> consents = new ArrayList<>(consents(random, points, createdAt));
        List<Event> events = events(random, company);
        List<Feedback> feedback = feedback(random, createdAt, returner, loyal, lapsed);
        List<Integer> referrals = referrals(random, index, loyal);
        Optional<DemoCustomer.CampaignMember> member = campaign(index, createdAt, points, consents, orders);
        return new DemoCustomer(index, name, company ? CustomerKind.COMPANY : CustomerKind.PERSON, createdAt, acquired,
                tags, points, orders, cases, contacts, consents, events, feedback, referrals, member);
    }

    /** The campaign this population carries. */
    public DemoCampaign campaign() {
        return DemoCampaign.before(asOf);
    }

    /**
     * Whether the customer was in the planted campaign — registered before it, with an e-mail and a current e-mail
     * marketing consent at the send — and, if so, what it did to them: an extra order for some of the touched who
     * would not have bought anyway, a withdrawn consent for a few (more of the touched than of the held out).
     * {@code orders} and {@code consents} receive what it planted. A random stream of its own leaves the rest of the
     * customer as it always was.
     */
    private Optional<DemoCustomer.CampaignMember> campaign(int index, Instant createdAt, List<Point> points,
                                                           List<Consent> consents, List<Order> orders) {
        DemoCampaign campaign = campaign();
        Instant at = campaign.at();
        boolean email = points.stream().anyMatch(p -> p.kind() == ContactPointKind.EMAIL);
        Optional<Consent> current = consents.stream()
                .filter(k -> k.channel() == ConsentChannel.EMAIL && k.purpose() == ConsentPurpose.MARKETING && !k.at().isAfter(at))
                .reduce((a, b) -> b.at().isBefore(a.at()) ? a : b);
        if (!createdAt.isBefore(at) || !email || current.isEmpty() || current.get().status() != ConsentStatus.GRANTED) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(seed * 0xD1B54A32D192ED03L + index);
        boolean heldOut = random.nextInt(100) < campaign.controlPercent();
        boolean identified = points.stream().anyMatch(p -> p.verifiedAt() != null);
        Optional<String> segment = DemoCampaign.segmentAt(at, orders);
        Instant windowEnd = at.plus(Duration.ofDays(30));
        boolean boughtAnyway = orders.stream().anyMatch(o -> o.orderedAt().isAfter(at) && !o.orderedAt().isAfter(windowEnd));
        if (!heldOut && !boughtAnyway && random.nextDouble() < DemoCampaign.plantedLift(segment)) {
            Instant orderedAt = at.plusSeconds(DAY * (1 + random.nextInt(28)) + random.nextInt(10 * 3600));
            orders.add(new Order(orderedAt, OrderChannel.WEB, lines(random, false, false)));
            orders.sort((a, b) -> a.orderedAt().compareTo(b.orderedAt()));
        }
        if (random.nextDouble() < DemoCampaign.withdrawal(segment, heldOut)) {
            consents.add(new Consent(ConsentChannel.EMAIL, ConsentPurpose.MARKETING, ConsentStatus.WITHDRAWN,
                    at.plusSeconds(DAY * (1 + random.nextInt(10))), ConsentSource.EMAIL));
        }
        return Optional.of(new DemoCustomer.CampaignMember(heldOut,
                identified ? io.dangol.crm.ladder.LadderStage.IDENTIFIED : io.dangol.crm.ladder.LadderStage.BUYER, segment));
    }

    /**
     * A customer's orders. The lapsed (a third) stopped buying part-way; they returned more of what they bought before
     * they went (9 % of lines against 3 %), as customers who leave do.
     */
    private List<Order> orders(SplittableRandom random, Instant createdAt, boolean returner, boolean lapsed) {
        int count;
        if (returner) {
            count = 20 + random.nextInt(40);
        } else if (random.nextInt(100) < 40) {
            count = 1;
        } else {
            count = (int) Math.min(300, 2.4 * Math.pow(1 - random.nextDouble(), -1 / 1.6));
            count = Math.max(2, count);
        }
        long spanDays = Math.max(1, Duration.between(createdAt, asOf).toDays());
        long activeDays = lapsed ? Math.max(1, spanDays * (20 + random.nextInt(60)) / 100) : spanDays;
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long offset = i == 0 ? 0 : random.nextLong(activeDays);
            Instant at = createdAt.plusSeconds(offset * DAY + random.nextInt(12 * 3600));
            List<Line> lines = lines(random, returner, lapsed);
            if (at.plusSeconds(7 * DAY).isAfter(asOf)) { // returns come a week later: none yet for the last week's orders
                lines = lines.stream().map(l -> new Line(l.productIndex(), l.quantity(), l.unitPrice(), l.discount(), l.gift(),
                        0, 0, null)).toList();
            }
            orders.add(new Order(at, pick(random, OrderChannel.values()), lines));
        }
        orders.sort((a, b) -> a.orderedAt().compareTo(b.orderedAt()));
        return orders;
    }

    private static List<Line> lines(SplittableRandom random, boolean returner, boolean lapsed) {
        int count = 1 + random.nextInt(4);
        List<Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int product = returner ? random.nextInt(DemoCatalog.size()) : skewedProduct(random);
            long price = DemoCatalog.product(product).price();
            int quantity = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(3);
            long discount = random.nextInt(10) == 0 ? (price * quantity / 10) / 100 * 100 : 0;
            boolean gift = random.nextInt(100) < 6;
            int returned = 0;
            long refund = 0;
            String reason = null;
            if (returner ? random.nextInt(100) < 80 : random.nextInt(100) < (lapsed ? 9 : 3)) {
                returned = quantity == 1 || random.nextBoolean() ? quantity : 1;
                refund = (price * quantity - discount) * returned / quantity;
                reason = pick(random, new String[] {"단순 변심", "불량", "오배송", "Changed my mind", "사이즈/용량 불만"});
            }
            lines.add(new Line(product, quantity, price, discount, gift, returned, refund, reason));
        }
        return lines;
    }

    private static int skewedProduct(SplittableRandom random) {
        double u = random.nextDouble();
        return (int) (DemoCatalog.size() * u * u);
    }

    private List<Point> contactPoints(SplittableRandom random, int index, String name, Instant createdAt) {
        List<Point> points = new ArrayList<>(3);
        if (random.nextInt(100) < 88) {
            long subscriber = 60_000_000L + Math.floorMod(index * 48_271L + seed, 40_000_000L); // 010-6000-0000 …: assigned mobile ranges
            String phone = "+8210" + subscriber;
            points.add(new Point(ContactPointKind.PHONE, phone, verifiedAt(random, createdAt)));
        }
        if (random.nextInt(100) < 62) {
            String domain = pick(random, new String[] {"naver.com", "gmail.com", "daum.net", "kakao.com", "example.com"});
            points.add(new Point(ContactPointKind.EMAIL, DemoNames.emailLocalPart(name, index, random) + "@" + domain,
                    verifiedAt(random, createdAt)));
        }
        if (random.nextInt(100) < 30) {
            points.add(new Point(ContactPointKind.POSTAL, pick(random, CITIES) + " " + (1 + random.nextInt(400)) + ", "
                    + (101 + Math.floorMod(index * 31L + seed, 20)) + "동 " + (1 + Math.floorMod(index * 7919L, 25))
                    + String.format("%02d", 1 + Math.floorMod(index, 4)) + "호", verifiedAt(random, createdAt)));
        }
        return points;
    }

    /** A fifth never verified; the rest verified some time after they were given, many long ago. */
    private Instant verifiedAt(SplittableRandom random, Instant createdAt) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        long span = Math.max(1, Duration.between(createdAt, asOf).getSeconds());
        return createdAt.plusSeconds(random.nextLong(span));
    }

    private static List<String> tags(SplittableRandom random, boolean returner, int orders) {
        List<String> tags = new ArrayList<>(2);
        if (orders >= 10) {
            tags.add(random.nextBoolean() ? "단골" : "regular");
        }
        if (random.nextInt(20) == 0) {
            tags.add("b2b");
        }
        if (returner) {
            tags.add("VIP");
        }
        return tags;
    }

    /** Service cases: the VIP returners many; the lapsed complained more often before they went (25 % against 7 %). */
    private List<ServiceCase> serviceCases(SplittableRandom random, List<Order> orders, boolean returner, boolean lapsed) {
        int count = returner ? 5 + random.nextInt(11) : random.nextInt(100) < (lapsed ? 25 : 7) ? 1 + random.nextInt(2) : 0;
        List<ServiceCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant opened = orders.get(random.nextInt(orders.size())).orderedAt().plusSeconds(DAY * (1 + random.nextInt(20)));
            if (opened.isAfter(asOf)) {
                opened = asOf.minusSeconds(DAY);
            }
            ServiceCaseKind kind = returner ? (random.nextBoolean() ? ServiceCaseKind.COMPLAINT : ServiceCaseKind.RETURN)
                    : lapsed && random.nextInt(100) < 60 ? ServiceCaseKind.COMPLAINT : pick(random, ServiceCaseKind.values());
            boolean open = random.nextInt(8) == 0;
            Instant closed = open ? null : opened.plusSeconds(DAY * (1 + random.nextInt(14)));
            if (closed != null && closed.isAfter(asOf)) {
                closed = null; // not closed yet
                open = true;
            }
            cases.add(new ServiceCase(kind, pick(random, COMPLAINTS), opened, closed,
                    (5 + random.nextInt(60)) * 1000L, open ? null : pick(random, new String[] {"환불 처리", "교환 발송", "수리 완료", "Apology and voucher"})));
        }
        return cases;
    }

    private List<Contact> contacts(SplittableRandom random, Instant createdAt, boolean returner) {
        int count = returner ? 6 + random.nextInt(10) : random.nextInt(100) < 35 ? 1 + random.nextInt(4) : 0;
        long span = Math.max(1, Duration.between(createdAt, asOf).getSeconds());
        List<Contact> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = createdAt.plusSeconds(random.nextLong(span));
            LocalDate followUp = random.nextInt(10) == 0 ? LocalDate.ofInstant(at, SEOUL).plusDays(3 + random.nextInt(14)) : null;
            contacts.add(new Contact(pick(random, ContactChannel.values()), pick(random, Direction.values()),
                    pick(random, ContactPurpose.values()), pick(random, ContactOutcome.values()),
                    pick(random, Department.values()), pick(random, NOTES), at, followUp));
        }
        return contacts;
    }

    private static List<Consent> consents(SplittableRandom random, List<Point> points, Instant createdAt) {
        List<Consent> consents = new ArrayList<>(4);
        for (Point point : points) {
            ConsentChannel channel = switch (point.kind()) {
                case EMAIL -> ConsentChannel.EMAIL;
                case PHONE -> random.nextBoolean() ? ConsentChannel.SMS : ConsentChannel.PHONE;
                case POSTAL -> ConsentChannel.POST;
            };
            if (random.nextInt(100) < 70) {
                ConsentSource source = pick(random, ConsentSource.values());
                consents.add(new Consent(channel, ConsentPurpose.MARKETING, ConsentStatus.GRANTED, createdAt, source));
                if (random.nextInt(100) < 12) {
                    consents.add(new Consent(channel, ConsentPurpose.MARKETING, ConsentStatus.WITHDRAWN,
                            createdAt.plusSeconds(DAY * (10 + random.nextInt(500))), ConsentSource.PHONE_CALL));
                }
            }
        }
        if (!points.isEmpty() && random.nextInt(100) < 45) {
            consents.add(new Consent(ConsentChannel.EMAIL, ConsentPurpose.PROFILING, ConsentStatus.GRANTED, createdAt,
                    ConsentSource.SIGNUP));
        }
        return consents;
    }

    private static List<Event> events(SplittableRandom random, boolean company) {
        List<Event> events = new ArrayList<>(2);
        if (company) {
            return events;
        }
        if (random.nextInt(100) < 55) {
            LocalDate birthday = LocalDate.of(1950 + random.nextInt(54), 1, 1).plusDays(random.nextInt(365));
            events.add(new Event(EventKind.BIRTHDAY, null, birthday.getMonthValue(), birthday.getDayOfMonth(),
                    random.nextInt(4) == 0 ? null : birthday.getYear()));
        }
        if (random.nextInt(100) < 15) {
            LocalDate wedding = LocalDate.of(1985 + random.nextInt(38), 1, 1).plusDays(random.nextInt(365));
            events.add(new Event(EventKind.WEDDING_ANNIVERSARY, null, wedding.getMonthValue(), wedding.getDayOfMonth(),
                    wedding.getYear()));
        }
        return events;
    }

    /** Feedback: loyal buyers speak up, mostly to praise (the demo's advocates); the lapsed gripe more. */
    private List<Feedback> feedback(SplittableRandom random, Instant createdAt, boolean returner, boolean loyal, boolean lapsed) {
        int count = returner ? 1 + random.nextInt(3) : loyal ? (random.nextInt(100) < 55 ? 1 + random.nextInt(2) : 0)
                : random.nextInt(100) < 8 ? 1 : 0;
        long span = Math.max(1, Duration.between(createdAt, asOf).getSeconds());
        List<Feedback> feedback = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int draw = random.nextInt(100);
            Sentiment sentiment = returner || draw < (loyal ? 8 : lapsed ? 55 : 33) ? Sentiment.NEGATIVE
                    : random.nextInt(4) == 0 ? Sentiment.NEUTRAL : Sentiment.POSITIVE;
            String text = sentiment == Sentiment.NEGATIVE ? pick(random, GRIPES) : pick(random, PRAISE);
            Instant at = createdAt.plusSeconds(random.nextLong(span));
            feedback.add(new Feedback(pick(random, FeedbackChannel.values()), text, sentiment, at, Categories.OF.get(text),
                    at.isBefore(asOf.minus(Duration.ofDays(30))) ? io.dangol.crm.feedback.FeedbackStatus.RESOLVED
                            : io.dangol.crm.feedback.FeedbackStatus.NEW));
        }
        return feedback;
    }

    /** The demo's few phrases, categorised once by the shipped classifier. */
    private static final class Categories {
        static final java.util.Map<String, io.dangol.crm.feedback.VoiceCategory> OF = categorise();

        private static java.util.Map<String, io.dangol.crm.feedback.VoiceCategory> categorise() {
            io.dangol.crm.feedback.VoiceClassifier classifier = io.dangol.crm.feedback.VoiceClassifier.shipped();
            java.util.Map<String, io.dangol.crm.feedback.VoiceCategory> map = new java.util.HashMap<>();
            for (String[] phrases : new String[][] {PRAISE, GRIPES}) {
                for (String phrase : phrases) {
                    map.put(phrase, classifier.suggest(phrase).category());
                }
            }
            return java.util.Map.copyOf(map);
        }
    }

    /** Referrals: a quarter of loyal buyers bring someone in, two in a hundred of the others. */
    private List<Integer> referrals(SplittableRandom random, int index, boolean loyal) {
        if (size < 2 || random.nextInt(100) >= (loyal ? 25 : 2)) {
            return List.of();
        }
        int referred = random.nextInt(size - 1);
        return List.of(referred >= index ? referred + 1 : referred);
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
