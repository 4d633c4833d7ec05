package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.admin.RightsChangeKind;
import io.dangol.crm.admin.Role;
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
import io.dangol.crm.customer.TimelineEntry;
import io.dangol.crm.importing.ImportStatus;
import io.dangol.crm.importing.RecordKind;
import io.dangol.crm.ladder.LadderRule;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.order.OrderChannel;
import io.dangol.crm.retention.RetentionStatus;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.RiskReason;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.scoring.clv.ModelPeriod;
import io.dangol.crm.segment.SegmentSort;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page speaks Korean and English: both files hold the same keys, and every key a template names exists. */
class MessagesInSyncTest {

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        Set<String> korean = load("messages_ko.properties").stringPropertyNames();

        assertThat(new TreeSet<>(korean)).isEqualTo(new TreeSet<>(english));
        assertThat(english).isNotEmpty();
    }

    @Test
    void everyKeyATemplateNamesIsTranslated() throws IOException {
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    if (!english.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Keys built in a template ({@code #{'stage.' + ${c.stage()}}}) exist for every value they can be built from:
     * each prefix is declared here with the enums (or the fixed names) that feed it, and a prefix that is not
     * declared fails, so a new one cannot slip by unchecked.
     */
    @Test
    void everyBuiltUpKeyExistsForEveryValueItIsBuiltFrom() throws IOException {
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put("stage.", names(LadderStage.class));
        sources.put("segment.", names(RfmSegment.class));
        sources.put("risk.", names(RiskReason.class));
        sources.put("role.", names(Role.class));
        sources.put("consentChannel.", names(ConsentChannel.class));
        sources.put("consentPurpose.", names(ConsentPurpose.class));
        sources.put("scoring.trigger.", names(ScoringTrigger.class));
        sources.put("scoring.status.", names(ScoringStatus.class));
        sources.put("scoring.phase.", names(ScoringPhase.class));
        sources.put("scoring.settings.period.", names(ModelPeriod.class));
        sources.put("purchaseModel.", names(io.dangol.crm.scoring.clv.PurchaseModel.class));
        sources.put("import.status.", names(ImportStatus.class));
        sources.put("import.kind.", Stream.concat(Stream.of("transactions", "orders"),
                Arrays.stream(RecordKind.values()).map(RecordKind::code)).toList());
        sources.put("import.phase.", List.of("customers", "orders", "lines", "records"));
        sources.put("worklist.status.", names(RetentionStatus.class));
        sources.put("users.change.", names(RightsChangeKind.class));
        sources.put("timeline.", names(TimelineEntry.Kind.class));
        sources.put("segments.sort.", names(SegmentSort.class));
        sources.put("channel.", names(OrderChannel.class));
        sources.put("register.consent.", io.dangol.crm.consent.ConsentWording.OFFERED.stream()
                .map(io.dangol.crm.consent.ConsentWording.Item::code).toList());
        sources.put("change.", names(io.dangol.crm.customer.CustomerChange.Field.class));
        sources.put("register.evidence.", names(io.dangol.crm.customer.PossibleDuplicate.Evidence.class));
        sources.put("erase.reason.", names(io.dangol.crm.customer.ErasureReason.class));
        sources.put("erase.refused.", names(io.dangol.crm.customer.EraseCustomer.Outcome.class));
        sources.put("customer.day.", names(io.dangol.crm.customer.SetCustomerDay.Outcome.class));
        sources.put("retire.", names(io.dangol.crm.customer.ContactPointRetirement.class));
        sources.put("merge.table.", List.of("customer_order", "order_line", "order_return", "service_case", "contact",
                "consent", "feedback", "contact_point", "customer_event", "retention_case", "referral", "customer", "consent_notice"));
        sources.put("merge.refused.", names(io.dangol.crm.customer.MergeCustomers.Refusal.class));
        sources.put("merge.undo.", names(io.dangol.crm.customer.UndoMerge.Outcome.class));
        sources.put("customer.retire.", names(io.dangol.crm.customer.RetireContactPoint.Outcome.class));
        sources.put("voice.channel.", names(io.dangol.crm.feedback.FeedbackChannel.class));
        sources.put("voice.state.", names(io.dangol.crm.feedback.FeedbackStatus.class));
        sources.put("voice.move.", names(io.dangol.crm.feedback.FeedbackStatus.class));
        sources.put("voice.sentiment.", names(io.dangol.crm.feedback.Sentiment.class));
        sources.put("voice.category.", names(io.dangol.crm.feedback.VoiceCategory.class));
        sources.put("theme.status.", names(io.dangol.crm.feedback.ThemeStatus.class));
        sources.put("voice.chart.", List.of("channel", "category", "theme"));
        sources.put("accesslog.action.", names(io.dangol.crm.admin.AccessAction.class));
        sources.put("accesslog.alert.", names(io.dangol.crm.admin.AccessAlert.Kind.class));
        sources.put("voice.by.", List.of("channel", "category", "theme"));
        sources.put("case.cost.", names(io.dangol.crm.servicecase.CostKind.class));
        sources.put("case.outcome.", names(io.dangol.crm.servicecase.CaseOutcome.class));
        sources.put("case.severity.", names(io.dangol.crm.servicecase.ServiceCaseSeverity.class));
        sources.put("case.status.", names(io.dangol.crm.servicecase.ServiceCaseStatus.class));
        sources.put("case.step.", names(io.dangol.crm.servicecase.CaseStep.class));
        sources.put("case.then.", names(io.dangol.crm.servicecase.AnswerCase.Then.class));
        sources.put("campaigns.phoneFormat.", names(io.dangol.crm.campaign.PhoneFormat.class));
        sources.put("builder.", List.of("clv", "alive", "boughtWithin", "silentFor", "contactedWithin", "anniversaryWithin",
                "rMin", "rMax", "fMin", "fMax", "mMin", "mMax", "clvMin", "clvMax", "aliveMin", "aliveMax", "tag",
                "consentChannel", "consentPurpose", "stage", "rfm", "channel", "region"));
        sources.put("scoring.settings.", List.of("windowMonths", "corePercent", "minTenureMonths", "activityFactor",
                "defaultCycleDays"));
        sources.put("code.", Stream.of(ContactChannel.class, Direction.class, ContactPurpose.class, ContactOutcome.class,
                        Department.class, ConsentStatus.class, ConsentSource.class, ContactPointKind.class,
                        CustomerKind.class, AcquisitionChannel.class, EventKind.class, LadderRule.class,
                        io.dangol.crm.servicecase.ServiceCaseKind.class, io.dangol.crm.servicecase.ServiceCaseStatus.class,
                        io.dangol.crm.servicecase.CaseStep.class)
                .flatMap(type -> names(type).stream()).toList());

        Pattern builtUp = Pattern.compile("#\\{'([a-zA-Z0-9_.]+)' ?\\+");
        Set<String> problems = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = builtUp.matcher(Files.readString(template));
                while (m.find()) {
                    if (!sources.containsKey(m.group(1))) {
                        problems.add(template.getFileName() + ": built-up prefix '" + m.group(1) + "' is not declared here");
                    }
                }
            }
        }
        sources.forEach((prefix, values) -> values.stream().map(value -> prefix + value)
                .filter(key -> !english.contains(key)).forEach(key -> problems.add("missing " + key)));
        assertThat(problems).isEmpty();
    }

    /**
     * Keys handed to a page as a value ({@code #{${problem}}}, {@code #{${notice}}}, the errors of a form) are the
     * message codes the controllers and use cases name: every literal that looks like one of our keys exists.
     */
    @Test
    void everyMessageCodeTheCodeNamesIsTranslated() throws IOException {
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        Set<String> families = english.stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .filter(family -> !family.isEmpty()).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z]*\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../crm-domain/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        String key = m.group(1);
                        boolean ours = families.contains(key.substring(0, key.indexOf('.') + 1)) && !key.startsWith("io.");
                        if (ours && !english.contains(key) && english.stream().noneMatch(k -> k.startsWith(key + "."))) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * Apostrophes as people see them: a message with arguments goes through {@code MessageFormat} (write {@code ''}
     * for one), a message without is shown as written (write {@code '}) — so neither shows a doubled or a lost one.
     */
    @Test
    void apostrophesComeOutAsWritten() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (String file : List.of("messages_en.properties", "messages_ko.properties")) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                boolean formatted = text.matches("(?s).*\\{\\d.*");
                String withoutPairs = text.replace("''", "");
                if (formatted ? withoutPairs.contains("'") : text.contains("''")) {
                    wrong.add(file + ": " + key + "=" + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A key written twice in one file silently keeps one of its texts: each key once. */
    @Test
    void eachKeyIsWrittenOnce() throws IOException {
        Set<String> twice = new TreeSet<>();
        for (String file : List.of("messages_en.properties", "messages_ko.properties")) {
            Set<String> seen = new java.util.HashSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0 && !line.startsWith("#") && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(file + ": " + line.substring(0, equals));
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void koreanIsReallyKorean() throws IOException {
        Properties korean = load("messages_ko.properties");
        assertThat(korean.getProperty("home.title")).isEqualTo("개요");
        assertThat(korean.getProperty("stage.CORE")).isEqualTo("핵심 고객");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesInSyncTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
