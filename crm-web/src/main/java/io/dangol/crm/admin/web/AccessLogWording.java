package io.dangol.crm.admin.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The access log's "what" in the reader's language. Entries keep a fixed English description (what the hash chain
 * covers, never rewritten); the page reads each through these patterns into a message — {@code customer timeline page 2}
 * becomes 고객 타임라인 2쪽 — and shows an entry it does not know as it was written.
 */
final class AccessLogWording {

    private record Rule(Pattern pattern, String key) {
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), "accesslog.what." + key);
    }

    private static final List<Rule> RULES = List.of(
            rule("customer page", "customerPage"),
            rule("customer page \\(contact points masked\\)", "customerPageMasked"),
            rule("customer timeline page (\\d+)", "timeline"),
            rule("customer search by (\\w+) \\(page (\\d+), (\\d+) shown\\)", "search"),
            rule("customer search by (\\w+) refused.*", "searchRefused"),
            rule("contact logged", "contactLogged"),
            rule("customer registered.*", "registered"),
            rule("possible duplicates.*", "possibleDuplicates"),
            rule("profile changed: (.*)", "profileChanged"),
            rule("day changed: (.*)", "dayChanged"),
            rule("contact point added", "pointAdded"),
            rule("contact point (\\d+) verified", "pointVerified"),
            rule("contact point (\\d+) corrected", "pointCorrected"),
            rule("contact point (\\d+) retired \\((.*)\\)", "pointRetired"),
            rule("everything held about the customer.*", "exportAll"),
            rule("erasure confirmation", "erasureConfirmation"),
            rule("erased \\((.*)\\)", "erased"),
            rule("duplicate pairs \\(page (\\d+)\\)", "duplicatePairs"),
            rule("merge review", "mergeReview"),
            rule("recent merges", "recentMerges"),
            rule("not the same person", "toldApart"),
            rule("merged customer (\\d+) into (\\d+).*", "merged"),
            rule("incoming call screen pop", "callPop"),
            rule("incoming call: (\\d+) candidates", "callCandidates"),
            rule("incoming call: nobody on record with the number", "callNobody"),
            rule("upcoming moments \\(page (\\d+) of (\\d+)\\)", "moments"),
            rule("follow-ups", "followUps"),
            rule("keep-them worklist", "worklist"),
            rule("segment (\\S+) page (\\d+)", "segment"),
            rule("churn radar page (\\d+)", "radar"),
            rule("campaign export (\\d+) prepared: (\\d+) customers", "campaignPrepared"),
            rule("campaign export (\\d+) file", "campaignFile"),
            rule("import (\\d+) report: (\\d+) rejected rows shown", "importReport"),
            rule("import (\\d+) rejected rows file", "importRejectedFile"),
            rule("import (\\d+)", "importEdit"),
            rule("marketing consent re-confirmation list \\((\\d+)\\)", "reconfirmList"),
            rule("voice inbox \\(page (\\d+), (\\d+) items\\)", "voiceInbox"),
            rule("voice item (\\d+)", "voiceItem"),
            rule("voice item (\\d+) recorded", "voiceRecorded"),
            rule("voice item (\\d+) \\(not linked\\)", "voiceItem"),
            rule("voice theme (\\d+)", "voiceTheme"),
            rule("service cases \\((\\w+), page (\\d+)\\)", "cases"),
            rule("service case (\\d+)", "serviceCase"),
            rule("service case (\\d+) opened", "caseOpened"),
            rule("new service case form", "caseForm"),
            rule("api customers lookup", "apiLookup"),
            rule("api customer", "apiCustomer"),
            rule("api customer orders page (\\d+)", "apiOrders"),
            rule("api customer (inserted|updated)", "apiCustomerWritten"),
            rule("api (\\w+) (\\S+) (inserted|updated)", "apiWritten"));

    private final MessageSource messages;

    AccessLogWording(MessageSource messages) {
        this.messages = messages;
    }

    String say(String what, Locale locale) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(what);
            if (matcher.matches()) {
                Object[] args = new Object[matcher.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String word = matcher.group(i + 1);
                    // a code inside the description (phone, team, inserted …) in the reader's words where there are some
                    args[i] = messages.getMessage("accesslog.word." + word, null, word, locale);
                }
                return messages.getMessage(rule.key(), args, what, locale);
            }
        }
        return what;
    }

    /** Every message key a rule can use. */
    static List<String> keys() {
        return RULES.stream().map(Rule::key).distinct().toList();
    }
}
