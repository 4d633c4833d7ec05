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
import io.dangol.crm.feedback.FeedbackChannel;
import io.dangol.crm.feedback.Sentiment;
import io.dangol.crm.order.OrderChannel;
import io.dangol.crm.servicecase.ServiceCaseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One invented customer with everything the CRM would know of them. Amounts are whole won. */
public record DemoCustomer(int index, String name, CustomerKind kind, Instant createdAt, AcquisitionChannel channel,
                           List<String> tags, List<Point> contactPoints, List<Order> orders,
                           List<ServiceCase> serviceCases, List<Contact> contacts, List<Consent> consents,
                           List<Event> events, List<Feedback> feedback, List<Integer> referredIndexes,
                           java.util.Optional<CampaignMember> campaign) {

    /** The customer's place in the demo's planted campaign ({@link DemoCampaign}): held out or touched, and the stratum. */
    public record CampaignMember(boolean heldOut, io.dangol.crm.ladder.LadderStage stage, java.util.Optional<String> segment) { }

    public record Point(ContactPointKind kind, String value, Instant verifiedAt) { }

    public record Order(Instant orderedAt, OrderChannel channel, List<Line> lines) { }

    /** A line; {@code returnedQuantity} > 0 means part or all of it came back with {@code refund}. */
    public record Line(int productIndex, int quantity, long unitPrice, long discount, boolean gift,
                       int returnedQuantity, long refund, String returnReason) { }

    public record ServiceCase(ServiceCaseKind kind, String subject, Instant openedAt, Instant closedAt, long cost,
                              String outcome) { }

    public record Contact(ContactChannel channel, Direction direction, ContactPurpose purpose, ContactOutcome outcome,
                          Department department, String note, Instant happenedAt, LocalDate followUpOn) { }

    public record Consent(ConsentChannel channel, ConsentPurpose purpose, ConsentStatus status, Instant at,
                          ConsentSource source) { }

    public record Event(EventKind kind, String label, int month, int day, Integer year) { }

    /** A message: its category as the shipped classifier suggests it, resolved when older than a month. */
    public record Feedback(FeedbackChannel channel, String text, Sentiment sentiment, Instant receivedAt,
                           io.dangol.crm.feedback.VoiceCategory category, io.dangol.crm.feedback.FeedbackStatus status) { }

    public int orderLineCount() {
        return orders.stream().mapToInt(o -> o.lines().size()).sum();
    }
}
