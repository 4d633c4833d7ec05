package io.dangol.crm.segment;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.order.OrderChannel;
import io.dangol.crm.scoring.RfmSegment;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which customers a segment holds, as the filter builder states it. Every condition is optional; the conditions
 * given must all hold. It travels as request parameters (and is saved as their query string), so a segment's
 * address is its definition. Empty sets mean "any".
 *
 * @param stages ladder stages (any of)
 * @param rfmSegments RFM segments (any of)
 * @param recency R score range, 1 to 5
 * @param frequency F score range
 * @param monetary M score range
 * @param clvMin predicted CLV at least, in won
 * @param clvMax predicted CLV at most
 * @param aliveMinPercent P(alive) at least, in percent
 * @param aliveMaxPercent P(alive) at most, in percent
 * @param boughtWithinDays last purchase at most this many days ago
 * @param silentForDays last purchase at least this many days ago
 * @param favouriteChannel the channel most of their orders came through
 * @param region where their postal address is: the province (or its start, 서울) and at most the district (강남구)
 * @param tags tags (any of)
 * @param consent a current consent for this channel and purpose
 * @param contactedWithinDays contacted by anyone in the last this many days
 * @param atRisk on the churn radar
 * @param negativeContribution their profit contribution is below zero
 * @param anniversaryWithinDays a birthday, wedding or first-purchase anniversary in the next this many days
 */
public record SegmentFilter(Set<LadderStage> stages, Set<RfmSegment> rfmSegments, Optional<ScoreRange> recency,
                            Optional<ScoreRange> frequency, Optional<ScoreRange> monetary, Optional<BigDecimal> clvMin,
                            Optional<BigDecimal> clvMax, Optional<Integer> aliveMinPercent,
                            Optional<Integer> aliveMaxPercent, Optional<Integer> boughtWithinDays,
                            Optional<Integer> silentForDays, Optional<OrderChannel> favouriteChannel,
                            Optional<String> region, SortedSet<String> tags, Optional<Consent> consent,
                            Optional<Integer> contactedWithinDays, boolean atRisk, boolean negativeContribution,
                            Optional<Integer> anniversaryWithinDays) {

    /** An inclusive range of RFM scores. */
    public record ScoreRange(int from, int to) {
        public ScoreRange {
            if (from < 1 || to > 5 || from > to) {
                throw new IllegalArgumentException("score range " + from + ".." + to);
            }
        }
    }

    /** A consent that must currently be granted. */
    public record Consent(ConsentChannel channel, ConsentPurpose purpose) { }

    public static final SegmentFilter EVERYONE = new SegmentFilter(Set.of(), Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), new TreeSet<>(), Optional.empty(), Optional.empty(),
            false, false, Optional.empty());

    private static final int MAX_DAYS = 36_500;
    private static final int MAX_TAGS = 20;

    public SegmentFilter {
        stages = stages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stages));
        rfmSegments = rfmSegments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rfmSegments));
        tags = new TreeSet<>(tags);
        region = region.map(text -> text.strip().replaceAll("\\s+", " ")).filter(text -> !text.isEmpty());
    }

    public SegmentFilter withStages(Set<LadderStage> chosen) {
        return with(Map.of("stage", chosen.stream().map(Enum::name).toList()));
    }

    public SegmentFilter withRfmSegments(Set<RfmSegment> chosen) {
        return with(Map.of("rfm", chosen.stream().map(Enum::name).toList()));
    }

    /** One cell of the R×F heat map: exactly this recency and frequency score. */
    public SegmentFilter withCell(int r, int f) {
        return with(Map.of("rMin", List.of(String.valueOf(r)), "rMax", List.of(String.valueOf(r)),
                "fMin", List.of(String.valueOf(f)), "fMax", List.of(String.valueOf(f))));
    }

    public SegmentFilter withAtRisk() {
        return with(Map.of("atRisk", List.of("true")));
    }

    public SegmentFilter withNegativeContribution() {
        return with(Map.of("negative", List.of("true")));
    }

    public SegmentFilter withAnniversaryWithin(int days) {
        return with(Map.of("anniversaryWithin", List.of(String.valueOf(days))));
    }

    /** This filter with some conditions replaced, through its parameters — the one way a filter is read. */
    private SegmentFilter with(Map<String, List<String>> replaced) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(toParameters());
        parameters.putAll(replaced);
        return fromParameters(parameters);
    }

    /** True when no condition is set. */
    public boolean isEveryone() {
        return equals(EVERYONE);
    }

    /** Reads a filter from request parameters; unknown parameters are ignored, bad values refused by name. */
    public static SegmentFilter fromParameters(Map<String, ? extends Collection<String>> parameters) {
        Reader in = new Reader(parameters);
        Optional<Integer> aliveMin = in.number("aliveMin", 0, 100);
        Optional<Integer> aliveMax = in.number("aliveMax", 0, 100);
        Optional<BigDecimal> clvMin = in.amount("clvMin");
        Optional<BigDecimal> clvMax = in.amount("clvMax");
        Optional<ConsentChannel> consentChannel = in.single("consentChannel", name -> ConsentChannel.valueOf(name));
        Optional<ConsentPurpose> consentPurpose = in.single("consentPurpose", name -> ConsentPurpose.valueOf(name));
        if (consentChannel.isPresent() != consentPurpose.isPresent()) {
            in.refuse(consentChannel.isPresent() ? "consentPurpose" : "consentChannel", "");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String typed : in.all("tag")) {
            for (String part : typed.split(",")) {
                String tag = part.strip();
                if (tag.length() > 50) {
                    in.refuse("tag", tag);
                    continue;
                }
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            in.refuse("tag", String.valueOf(tags.size()));
        }
        Optional<String> region = in.single("region", text -> {
            // a province and at most a district (서울, 서울특별시 강남구): a region, not an address
            if (text.length() > 50 || text.strip().split("\\s+").length > 2) {
                throw new IllegalArgumentException();
            }
            return text;
        });
        Set<LadderStage> stages = in.enums("stage", LadderStage.class);
        Set<RfmSegment> segments = in.enums("rfm", RfmSegment.class);
        Optional<ScoreRange> r = in.range("r");
        Optional<ScoreRange> f = in.range("f");
        Optional<ScoreRange> m = in.range("m");
        Optional<Integer> boughtWithin = in.number("boughtWithin", 0, MAX_DAYS);
        Optional<Integer> silentFor = in.number("silentFor", 0, MAX_DAYS);
        Optional<OrderChannel> favourite = in.single("favouriteChannel", name -> OrderChannel.valueOf(name));
        Optional<Integer> contactedWithin = in.number("contactedWithin", 0, MAX_DAYS);
        boolean atRisk = in.flag("atRisk");
        boolean negative = in.flag("negative");
        Optional<Integer> anniversaryWithin = in.number("anniversaryWithin", 0, 366);
        if (!in.problems().isEmpty()) {
            throw new InvalidSegmentFilter(in.problems());
        }
        return new SegmentFilter(stages, segments, r, f, m, clvMin, clvMax, aliveMin, aliveMax, boughtWithin, silentFor,
                favourite, region, new TreeSet<>(tags),
                consentChannel.map(channel -> new Consent(channel, consentPurpose.orElseThrow())),
                contactedWithin, atRisk, negative, anniversaryWithin);
    }

    /** The filter as request parameters, in a fixed order, leaving out what is not set. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, "stage", stages.stream().sorted().map(Enum::name).toList());
        put(out, "rfm", rfmSegments.stream().sorted().map(Enum::name).toList());
        recency.ifPresent(range -> putRange(out, "r", range));
        frequency.ifPresent(range -> putRange(out, "f", range));
        monetary.ifPresent(range -> putRange(out, "m", range));
        clvMin.ifPresent(value -> put(out, "clvMin", List.of(value.toPlainString())));
        clvMax.ifPresent(value -> put(out, "clvMax", List.of(value.toPlainString())));
        aliveMinPercent.ifPresent(value -> put(out, "aliveMin", List.of(value.toString())));
        aliveMaxPercent.ifPresent(value -> put(out, "aliveMax", List.of(value.toString())));
        boughtWithinDays.ifPresent(value -> put(out, "boughtWithin", List.of(value.toString())));
        silentForDays.ifPresent(value -> put(out, "silentFor", List.of(value.toString())));
        favouriteChannel.ifPresent(value -> put(out, "favouriteChannel", List.of(value.name())));
        region.ifPresent(value -> put(out, "region", List.of(value)));
        put(out, "tag", List.copyOf(tags));
        consent.ifPresent(value -> {
            put(out, "consentChannel", List.of(value.channel().name()));
            put(out, "consentPurpose", List.of(value.purpose().name()));
        });
        contactedWithinDays.ifPresent(value -> put(out, "contactedWithin", List.of(value.toString())));
        if (atRisk) {
            put(out, "atRisk", List.of("true"));
        }
        if (negativeContribution) {
            put(out, "negative", List.of("true"));
        }
        anniversaryWithinDays.ifPresent(value -> put(out, "anniversaryWithin", List.of(value.toString())));
        return out;
    }

    /** The filter as a URL query string (without "?"), the form in which segments are saved. */
    public String toQueryString() {
        List<String> pairs = new ArrayList<>();
        toParameters().forEach((name, values) -> values.forEach(value ->
                pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return String.join("&", pairs);
    }

    /** Reads a saved query string back. */
    public static SegmentFilter fromQueryString(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return fromParameters(parameters);
    }

    private static void put(Map<String, List<String>> out, String name, List<String> values) {
        if (!values.isEmpty()) {
            out.put(name, values);
        }
    }

    private static void putRange(Map<String, List<String>> out, String name, ScoreRange range) {
        out.put(name + "Min", List.of(String.valueOf(range.from())));
        out.put(name + "Max", List.of(String.valueOf(range.to())));
    }

    /** Reads parameters, treating blank values as absent, and names the parameter whose value is bad. */
    private record Reader(Map<String, ? extends Collection<String>> parameters, List<InvalidSegmentFilter.Problem> problems) {

        Reader(Map<String, ? extends Collection<String>> parameters) {
            this(parameters, new ArrayList<>());
        }

        void refuse(String name, String value) {
            problems.add(new InvalidSegmentFilter.Problem(name, value));
        }

        List<String> all(String name) {
            Collection<String> values = parameters.get(name);
            if (values == null) {
                return List.of();
            }
            return values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).toList();
        }

        <T> Optional<T> single(String name, Function<String, T> parse) {
            List<String> values = all(name);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(values.get(0)));
            } catch (IllegalArgumentException e) {
                refuse(name, values.get(0));
                return Optional.empty();
            }
        }

        <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
            Set<E> chosen = EnumSet.noneOf(type);
            for (String value : all(name)) {
                try {
                    chosen.add(Enum.valueOf(type, value));
                } catch (IllegalArgumentException e) {
                    refuse(name, value);
                }
            }
            return chosen;
        }

        Optional<Integer> number(String name, int min, int max) {
            return single(name, text -> {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    throw new IllegalArgumentException();
                }
                return value;
            });
        }

        Optional<BigDecimal> amount(String name) {
            return single(name, text -> {
                BigDecimal value = new BigDecimal(text.replace(",", "").replace("₩", ""));
                if (value.signum() < 0 || value.precision() - value.scale() > 15) {
                    throw new IllegalArgumentException();
                }
                return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
            });
        }

        Optional<ScoreRange> range(String name) {
            Optional<Integer> from = number(name + "Min", 1, 5);
            Optional<Integer> to = number(name + "Max", 1, 5);
            if (from.isEmpty() && to.isEmpty()) {
                return Optional.empty();
            }
            int low = from.orElse(1);
            int high = to.orElse(5);
            if (low > high) {
                refuse(name + "Max", String.valueOf(high));
                return Optional.empty();
            }
            return Optional.of(new ScoreRange(low, high));
        }

        boolean flag(String name) {
            return single(name, text -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException();
                }
                return Boolean.parseBoolean(text);
            }).orElse(false);
        }
    }
}
