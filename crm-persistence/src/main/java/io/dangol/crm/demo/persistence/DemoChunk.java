package io.dangol.crm.demo.persistence;

import io.dangol.crm.persistence.CopyText;
import io.dangol.crm.demo.DemoCampaign;
import io.dangol.crm.demo.DemoCustomer;
import io.dangol.crm.demo.DemoCustomer.Line;
import io.dangol.crm.demo.DemoCustomer.Order;
import io.dangol.crm.demo.DemoPopulation;
import io.dangol.crm.ladder.LadderStage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A slice of the invented population turned into COPY text, one buffer per table. */
final class DemoChunk {

    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("customer", "id, name, kind, created_at, acquired_through, ladder_stage, tags, source_system, external_id");
        COLUMNS.put("contact_point", "customer_id, kind, value, verified_at, created_at");
        COLUMNS.put("customer_event", "customer_id, kind, label, month, day, year");
        COLUMNS.put("customer_order", "id, customer_id, source_system, external_id, channel, ordered_at, currency");
        COLUMNS.put("order_line", "id, customer_id, order_id, line_no, product_id, quantity, unit_price, discount, is_gift, ordered_at");
        COLUMNS.put("order_return", "customer_id, order_line_id, quantity, refund, reason, returned_at");
        COLUMNS.put("service_case", "customer_id, kind, subject, opened_at, closed_at, cost, outcome, status");
        COLUMNS.put("contact", "customer_id, channel, direction, purpose, outcome, department, note, happened_at, follow_up_on, "
                + "campaign_export_id");
        COLUMNS.put("consent", "customer_id, channel, purpose, status, at, source, note, recorded_by");
        COLUMNS.put("feedback", "customer_id, channel, text, sentiment, status, received_at, category");
        COLUMNS.put("campaign_member", "export_id, customer_id, held_out, stage, segment");
    }

    final Map<String, CopyText> tables = new LinkedHashMap<>();
    final CopyText referrals = new CopyText();
    long orderLines;

    private DemoChunk() {
        COLUMNS.keySet().forEach(table -> tables.put(table, new CopyText()));
    }

    /** Customers {@code from} (inclusive) to {@code to} (exclusive); ids continue from the counters given. */
    static DemoChunk of(DemoPopulation population, int from, int to, Ids ids) {
        DemoChunk chunk = new DemoChunk();
        for (int i = from; i < to; i++) {
            chunk.add(population.customer(i), ids);
        }
        return chunk;
    }

    /** The next free ids, carried from chunk to chunk. */
    static final class Ids {
        final long customerBase;
        final long[] productIds;
        final long campaignExportId;
        final java.time.Instant campaignAt;
        long nextOrder;
        long nextLine;

        Ids(long customerBase, long nextOrder, long nextLine, long[] productIds, long campaignExportId,
            java.time.Instant campaignAt) {
            this.customerBase = customerBase;
            this.nextOrder = nextOrder;
            this.nextLine = nextLine;
            this.productIds = productIds;
            this.campaignExportId = campaignExportId;
            this.campaignAt = campaignAt;
        }

        long customerId(int index) {
            return customerBase + index + 1;
        }
    }

    private void add(DemoCustomer c, Ids ids) {
        long id = ids.customerId(c.index());
        boolean identified = c.contactPoints().stream().anyMatch(p -> p.verifiedAt() != null);
        table("customer").add(id).add(c.name()).add(c.kind()).add(c.createdAt()).add(c.channel())
                .add(identified ? LadderStage.IDENTIFIED : LadderStage.BUYER).add(arrayLiteral(c)).add(DemoPopulation.SOURCE_SYSTEM)
                .add(DemoPopulation.externalId(id)).end();
        c.contactPoints().forEach(p -> table("contact_point").add(id).add(p.kind()).add(p.value()).add(p.verifiedAt())
                .add(c.createdAt()).end());
        c.events().forEach(e -> table("customer_event").add(id).add(e.kind()).add(e.label()).add(e.month()).add(e.day())
                .add(e.year()).end());
        for (Order order : c.orders()) {
            addOrder(id, order, ids);
        }
        c.serviceCases().forEach(s -> table("service_case").add(id).add(s.kind()).add(s.subject()).add(s.openedAt())
                .add(s.closedAt()).add(s.cost()).add(s.outcome()).add(s.closedAt() == null ? "OPEN" : "CLOSED").end());
        c.contacts().forEach(k -> table("contact").add(id).add(k.channel()).add(k.direction()).add(k.purpose())
                .add(k.outcome()).add(k.department()).add(k.note()).add(k.happenedAt())
                .add(k.followUpOn() == null ? null : k.followUpOn().toString()).add((String) null).end());
        c.campaign().ifPresent(member -> {
            table("campaign_member").add(ids.campaignExportId).add(id).add(member.heldOut()).add(member.stage())
                    .add(member.segment().orElse(null)).end();
            if (!member.heldOut()) {
                table("contact").add(id).add("EMAIL").add("OUTBOUND").add("CAMPAIGN").add((String) null).add("MARKETING")
                        .add(DemoCampaign.REASON).add(ids.campaignAt).add((String) null).add(ids.campaignExportId).end();
            }
        });
        c.consents().forEach(k -> table("consent").add(id).add(k.channel()).add(k.purpose()).add(k.status())
                .add(k.at()).add(k.source()).add("").add("demo").end());
        c.feedback().forEach(f -> table("feedback").add(id).add(f.channel()).add(f.text()).add(f.sentiment())
                .add(f.status()).add(f.receivedAt()).add(f.category()).end());
        c.referredIndexes().forEach(r -> referrals.add(id).add(ids.customerId(r))
                .add(c.createdAt().plusSeconds(86_400L * 30)).end());
    }

    private void addOrder(long customerId, Order order, Ids ids) {
        long orderId = ids.nextOrder++;
        table("customer_order").add(orderId).add(customerId).add("demo").add("D" + orderId).add(order.channel())
                .add(order.orderedAt()).add("KRW").end();
        int lineNo = 1;
        for (Line line : order.lines()) {
            long lineId = ids.nextLine++;
            orderLines++;
            table("order_line").add(lineId).add(customerId).add(orderId).add(lineNo++)
                    .add(ids.productIds[line.productIndex()]).add(line.quantity()).add(line.unitPrice())
                    .add(line.discount()).add(line.gift()).add(order.orderedAt()).end();
            if (line.returnedQuantity() > 0) {
                Instant returnedAt = order.orderedAt().plusSeconds(86_400L * 7);
                table("order_return").add(customerId).add(lineId).add(line.returnedQuantity()).add(line.refund())
                        .add(line.returnReason()).add(returnedAt).end();
            }
        }
    }

    private static String arrayLiteral(DemoCustomer c) {
        return "{" + String.join(",", c.tags()) + "}";
    }

    CopyText table(String name) {
        return tables.get(name);
    }
}
