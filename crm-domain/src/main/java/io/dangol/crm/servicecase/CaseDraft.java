package io.dangol.crm.servicecase;

import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.Department;
import io.dangol.crm.shared.Codes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A case as typed in the form, every field a string so that nothing typed is lost when the form comes back with
 * its errors. {@link #check} names each field's problem by a message code.
 *
 * @param order    the order it concerns: its number in Dangol ({@code 123}), or one of its lines ({@code L456}), blank
 *                 for none
 * @param assignee the username of the person it is assigned to, blank for the team's queue
 * @param team     the department whose queue it is in, blank for service
 */
public record CaseDraft(String kind, String severity, String subject, String description, String order, String channel,
                        String assignee, String team) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DESCRIPTION = 4_000;

    public static final CaseDraft EMPTY = new CaseDraft("", "NORMAL", "", "", "", "PHONE", "", "SERVICE");

    public record NewCase(ServiceCaseKind kind, ServiceCaseSeverity severity, String subject, String description,
                          Optional<Long> order, Optional<Long> orderLine, ContactChannel channel, Optional<String> assignee,
                          Department team) { }

    public record Checked(Optional<NewCase> newCase, Map<String, String> errors) { }

    public Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ServiceCaseKind> checkedKind = Codes.parse(ServiceCaseKind.class, kind);
        if (checkedKind.isEmpty()) {
            errors.put("kind", "case.error.kind");
        }
        Optional<ServiceCaseSeverity> checkedSeverity = Codes.parse(ServiceCaseSeverity.class, severity);
        if (checkedSeverity.isEmpty()) {
            errors.put("severity", "case.error.severity");
        }
        String cleanSubject = clean(subject);
        if (cleanSubject.isEmpty()) {
            errors.put("subject", "case.error.subjectMissing");
        } else if (cleanSubject.length() > MAX_SUBJECT) {
            errors.put("subject", "case.error.subjectTooLong");
        }
        String cleanDescription = clean(description);
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            errors.put("description", "case.error.descriptionTooLong");
        }
        Optional<Long> checkedOrder = Optional.empty();
        Optional<Long> checkedLine = Optional.empty();
        String cleanOrder = clean(order).replaceFirst("^#", "");
        if (!cleanOrder.isEmpty()) {
            if (cleanOrder.matches("[0-9]{1,18}")) {
                checkedOrder = Optional.of(Long.parseLong(cleanOrder));
            } else if (cleanOrder.matches("[Ll][0-9]{1,18}")) {
                checkedLine = Optional.of(Long.parseLong(cleanOrder.substring(1)));
            } else {
                errors.put("order", "case.error.order");
            }
        }
        Optional<ContactChannel> checkedChannel = Codes.parse(ContactChannel.class, channel);
        if (checkedChannel.isEmpty()) {
            errors.put("channel", "case.error.channel");
        }
        Optional<Department> checkedTeam = teamOf(team);
        if (checkedTeam.isEmpty()) {
            errors.put("team", "case.error.team");
        }
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), Map.copyOf(errors));
        }
        Optional<String> cleanAssignee = Optional.of(clean(assignee)).filter(a -> !a.isEmpty());
        return new Checked(Optional.of(new NewCase(checkedKind.get(), checkedSeverity.get(), cleanSubject, cleanDescription,
                checkedOrder, checkedLine, checkedChannel.get(), cleanAssignee, checkedTeam.get())), Map.of());
    }

    /** The queues a case can be in: service's, or sales' (a sales question that came to the desk). */
    public static Optional<Department> teamOf(String team) {
        if (team == null || team.isBlank()) {
            return Optional.of(Department.SERVICE);
        }
        return Codes.parse(Department.class, team).filter(d -> d != Department.MARKETING);
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
