package io.dangol.crm.importing.persistence;

import io.dangol.crm.importing.Field;
import io.dangol.crm.importing.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The set-based SQL that upserts one record kind from its staging table {@code staged} (a text column per field,
 * {@code ext} for the record's key, {@code <column>_ref} for each customer it names). Rows it cannot take go to
 * {@code rejected} with their reason; rows it writes go to {@code written} (key, inserted?). The source system is
 * {@code current_setting('dangol.source')}.
 */
final class KindStatements {

    static final String SOURCE = "current_setting('dangol.source')";

    /** A column of the target table: its value on update (may keep the row's own, {@code t.x}) and on insert. */
    private record Column(String name, String updated, String inserted) {
        static Column of(String name, String value) {
            return new Column(name, value, value);
        }
    }

    private final RecordKind kind;
    private final List<String> tables = new ArrayList<>();
    private String resolved = "";
    private final String key;
    private final List<String> references;
    private final List<String> statements = new ArrayList<>();

    private KindStatements(RecordKind kind, String key, List<String> references) {
        this.kind = kind;
        this.key = key;
        this.references = references;
    }

    static KindStatements of(RecordKind kind) {
        return switch (kind) {
            case CUSTOMERS -> customers(kind);
            case PRODUCTS -> products(kind);
            case RETURNS -> returns(kind);
            case SERVICE_CASES -> serviceCases(kind);
            case CONTACTS -> contacts(kind);
            case CONSENTS -> consents(kind);
            case REFERRALS -> referrals(kind);
            case EVENTS -> events(kind);
            case FEEDBACK -> feedback(kind);
        };
    }

    private static KindStatements customers(RecordKind kind) {
        return new KindStatements(kind, "customer_id", List.of())
                .reject("import.reject.erased", "s.ext", """
                        exists (select 1 from customer c where c.source_system = %1$s
                                and (c.external_id = s.ext and c.erased_at is not null and c.merged_into is null
                                     or c.external_id = %2$s))""".formatted(SOURCE,
                        io.dangol.crm.persistence.ErasedIds.HASHED.formatted(SOURCE, "s.ext")))
                .upsert("customer", "t.source_system = %s and t.external_id = s.ext".formatted(SOURCE), "external_id",
                        List.of(Column.of("source_system", SOURCE), Column.of("external_id", "s.ext"),
                                Column.of("acquired_through", "'IMPORT'"), Column.of("ladder_stage", "'PROSPECT'")),
                        List.of(Column.of("name", "s.name"),
                                new Column("kind", "coalesce(s.kind, t.kind)", "coalesce(s.kind, 'PERSON')"),
                                new Column("created_at", "coalesce(s.since::timestamptz, t.created_at)",
                                        "coalesce(s.since::timestamptz, now())"),
                                new Column("tags", "coalesce(string_to_array(s.tags, '|'), t.tags)",
                                        "coalesce(string_to_array(s.tags, '|'), '{}')")), false)
                .statement("""
                        with points as (
                            select coalesce(c.merged_into, c.id) as id, s.ext, p.kind, p.value from staged s
                            join customer c on c.source_system = %s and c.external_id = s.ext
                            cross join lateral (values ('PHONE', s.phone), ('EMAIL', s.email), ('POSTAL', s.address)) p (kind, value)
                            where p.value is not null),
                        added as (
                            insert into contact_point (customer_id, kind, value) select id, kind, value from points
                            on conflict (customer_id, kind, value) do nothing returning customer_id, kind, value)
                        insert into written select distinct p.ext, false from added a join points p using (kind, value)
                        where p.id = a.customer_id"""
                        .formatted(SOURCE))
                .alsoWrites("contact_point");
    }

    private static KindStatements products(RecordKind kind) {
        return new KindStatements(kind, "sku", List.of())
                .upsert("product", "t.sku = s.ext", "sku", List.of(Column.of("sku", "s.ext")),
                        List.of(Column.of("name", "s.name"),
                                new Column("category", "coalesce(s.category, t.category)", "coalesce(s.category, '')"),
                                new Column("unit_cost", "coalesce(s.unit_cost::numeric, t.unit_cost)",
                                        "coalesce(s.unit_cost::numeric, 0)")), false);
    }

    private static KindStatements returns(RecordKind kind) {
        return new KindStatements(kind, "return_id", List.of())
                .resolving("line_ref bigint, customer_ref bigint, line_quantity int")
                .statement("""
                        update staged s set line_ref = (
                            select l.id from customer_order o join order_line l on l.order_id = o.id
                            join product p on p.id = l.product_id
                            where o.source_system = %s and o.external_id = s.order_id
                              and (s.line_no is null or l.line_no = s.line_no::int)
                              and (s.product is null or p.sku = s.product or p.name = s.product)
                            order by l.line_no limit 1)""".formatted(SOURCE))
                .statement("""
                        update staged s set customer_ref = l.customer_id, line_quantity = l.quantity
                        from order_line l where l.id = s.line_ref""")
                .reject("import.reject.unknownOrderLine",
                        "s.order_id || coalesce(' #' || s.line_no, '') || coalesce(' ' || s.product, '')", "s.line_ref is null")
                .reject("import.reject.returnQuantity", "coalesce(s.quantity, '1') || ' > ' || s.line_quantity",
                        "coalesce(s.quantity::int, 1) > s.line_quantity")
                .upsert("order_return", external(), "external_id", sourceIds(),
                        List.of(Column.of("order_line_id", "s.line_ref"), Column.of("customer_id", "s.customer_ref"),
                                Column.of("quantity", "coalesce(s.quantity::int, 1)"),
                                Column.of("refund", "coalesce(s.refund::numeric, 0)"), Column.of("reason", "s.reason"),
                                Column.of("returned_at", "s.date::timestamptz")), false);
    }

    private static KindStatements serviceCases(RecordKind kind) {
        return new KindStatements(kind, "case_id", List.of("customer_id"))
                .reject("import.reject.closedBeforeOpened", "s.closed_at",
                        "s.closed_at::timestamptz < s.opened_at::timestamptz")
                .upsert("service_case", external(), "external_id", sourceIds(),
                        List.of(Column.of("customer_id", "s.customer_id_ref"), Column.of("kind", "s.kind"),
                                Column.of("subject", "coalesce(s.subject, '')"),
                                Column.of("opened_at", "s.opened_at::timestamptz"),
                                Column.of("closed_at", "s.closed_at::timestamptz"),
                                Column.of("status", "case when s.closed_at is null then 'OPEN' else 'CLOSED' end"),
                                Column.of("cost", "coalesce(s.cost::numeric, 0)"), Column.of("outcome", "s.outcome")), false);
    }

    private static KindStatements contacts(RecordKind kind) {
        return new KindStatements(kind, "contact_id", List.of("customer_id"))
                .upsert("contact", external(), "external_id", sourceIds(),
                        List.of(Column.of("customer_id", "s.customer_id_ref"), Column.of("channel", "s.channel"),
                                Column.of("direction", "coalesce(s.direction, 'OUTBOUND')"),
                                Column.of("purpose", "coalesce(s.purpose, 'OTHER')"), Column.of("outcome", "s.outcome"),
                                Column.of("department", "coalesce(s.department, 'SALES')"),
                                Column.of("note", "coalesce(s.note, '')"), Column.of("happened_at", "s.date::timestamptz"),
                                Column.of("follow_up_on", "s.follow_up_on::date")), false);
    }

    private static KindStatements consents(RecordKind kind) {
        return new KindStatements(kind,
                "coalesce(consent_id, customer_id || '|' || channel || '|' || purpose || '|' || status || '|' || date)",
                List.of("customer_id"))
                .upsert("consent", external(), "external_id", sourceIds(),
                        List.of(Column.of("customer_id", "s.customer_id_ref"), Column.of("channel", "s.channel"),
                                Column.of("purpose", "s.purpose"), Column.of("status", "s.status"),
                                Column.of("at", "s.date::timestamptz"), Column.of("source", "coalesce(s.source, 'IMPORT')"),
                                Column.of("note", "coalesce(s.note, '')"),
                                new Column("recorded_by", "t.recorded_by", "'import:' || " + SOURCE)), true);
    }

    private static KindStatements referrals(RecordKind kind) {
        return new KindStatements(kind, "referrer_id || '|' || referred_id", List.of("referrer_id", "referred_id"))
                .reject("import.reject.selfReferral", "s.referrer_id", "s.referrer_id_ref = s.referred_id_ref")
                .upsert("referral", external(), "external_id", sourceIds(),
                        List.of(Column.of("customer_id", "s.referrer_id_ref"), Column.of("referred_id", "s.referred_id_ref"),
                                Column.of("referred_at", "s.date::timestamptz")), false);
    }

    private static KindStatements events(RecordKind kind) {
        return new KindStatements(kind, "customer_id || '|' || kind || '|' || coalesce(label, '')",
                List.of("customer_id"))
                .upsert("customer_event", external(), "external_id", sourceIds(),
                        List.of(Column.of("customer_id", "s.customer_id_ref"), Column.of("kind", "s.kind"),
                                Column.of("label", "s.label"),
                                Column.of("month", "split_part(right(s.date, 5), '-', 1)::smallint"),
                                Column.of("day", "split_part(right(s.date, 5), '-', 2)::smallint"),
                                Column.of("year", "case when length(s.date) = 10 then left(s.date, 4)::smallint end")), false);
    }

    private static KindStatements feedback(RecordKind kind) {
        return new KindStatements(kind, "feedback_id", List.of("customer_id"))
                .upsert("feedback", external(), "external_id", sourceIds(),
                        List.of(Column.of("customer_id", "s.customer_id_ref"), Column.of("channel", "s.channel"),
                                Column.of("text", "s.text"), Column.of("sentiment", "s.sentiment"),
                                Column.of("received_at", "s.date::timestamptz")), false);
    }

    private static String external() {
        return "t.source_system = %s and t.external_id = s.ext".formatted(SOURCE);
    }

    private static List<Column> sourceIds() {
        return List.of(Column.of("source_system", SOURCE), Column.of("external_id", "s.ext"));
    }

    /** The tables the kind's records end in ({@code customer, contact_point} for customers). */
    String table() {
        return String.join(", ", tables);
    }

    /** The temporary staging table: a text column per field, the key and a resolved id per customer named. */
    String createStaging() {
        String fields = kind.fields().stream().map(field -> field.name() + " text").collect(Collectors.joining(", "));
        String refs = references.stream().map(column -> ", " + column + "_ref bigint").collect(Collectors.joining());
        String extra = resolved.isEmpty() ? "" : ", " + resolved;
        return "create temporary table staged (line bigint, " + fields + ", ext text" + refs + extra + ") on commit drop";
    }

    /**
     * The staging columns holding the id of a customer a row names: one per customer reference ({@code customer_id_ref},
     * {@code referrer_id_ref} …), and a return's {@code customer_ref}, resolved through its order line.
     */
    List<String> customerColumns() {
        List<String> columns = new ArrayList<>(references.stream().map(column -> column + "_ref").toList());
        if (resolved.contains("customer_ref")) {
            columns.add("customer_ref");
        }
        return columns;
    }

    String copy() {
        return "copy staged (line, " + kind.fields().stream().map(Field::name).collect(Collectors.joining(", ")) + ") from stdin";
    }

    String insertOne() {
        return "insert into staged (line, " + kind.fields().stream().map(Field::name).collect(Collectors.joining(", "))
                + ") values (1" + ", ?".repeat(kind.fields().size()) + ")";
    }

    /** Everything after staging, in order: key, in-file duplicates (the last wins), customers named, the kind's own. */
    List<String> all() {
        List<String> all = new ArrayList<>();
        all.add("update staged set ext = " + key);
        all.add("""
                with ranked as (select line, ext, row_number() over (partition by ext order by line desc) as n from staged),
                r as (insert into rejected select line, 'import.reject.duplicate', ext from ranked where n > 1 returning line)
                delete from staged where line in (select line from r)""");
        for (String column : references) {
            all.add("""
                    update staged s set %1$s_ref = coalesce(c.merged_into, c.id) from customer c
                    where c.source_system = %2$s and c.external_id = s.%1$s
                      and (c.erased_at is null or c.merged_into is not null)""".formatted(column, SOURCE));
            all.add(rejection("import.reject.unknownCustomer", "s." + column, "s." + column + "_ref is null"));
        }
        all.addAll(statements);
        return all;
    }

    /** Staging columns the kind's own statements fill in (what a row refers to, found by a join). */
    private KindStatements resolving(String columns) {
        this.resolved = columns;
        return this;
    }

    private KindStatements alsoWrites(String table) {
        tables.add(table);
        return this;
    }

    private KindStatements statement(String sql) {
        statements.add(sql);
        return this;
    }

    private KindStatements reject(String reason, String detail, String condition) {
        return statement(rejection(reason, detail, condition));
    }

    private static String rejection(String reason, String detail, String condition) {
        return """
                with r as (insert into rejected select s.line, '%s', %s from staged s where %s returning line)
                delete from staged where line in (select line from r)""".formatted(reason, detail, condition);
    }

    /**
     * Updates the rows whose values differ, then inserts the new ones. A record that is never changed once written
     * (a consent: history, not state) is rejected instead of updated.
     */
    private KindStatements upsert(String table, String match, String keyColumn, List<Column> identity, List<Column> columns,
                                  boolean immutable) {
        tables.add(table);
        String targets = columns.stream().map(c -> "t." + c.name()).collect(Collectors.joining(", "));
        String values = columns.stream().map(Column::updated).collect(Collectors.joining(", "));
        String differs = "(" + targets + ") is distinct from (" + values + ")";
        if (immutable) {
            reject("import.reject.recordedDifferently", "s.ext",
                    "exists (select 1 from %s t where %s and %s)".formatted(table, match, differs));
        } else {
            statement("""
                    with changed as (
                        update %s t set %s from staged s where %s and %s returning s.ext)
                    insert into written select ext, false from changed""".formatted(table,
                    columns.stream().map(c -> c.name() + " = " + c.updated()).collect(Collectors.joining(", ")), match, differs));
        }
        List<Column> inserted = new ArrayList<>(identity);
        inserted.addAll(columns);
        return statement("""
                with added as (
                    insert into %s (%s) select %s from staged s where not exists (select 1 from %s t where %s)
                    returning %s)
                insert into written select %s, true from added""".formatted(table,
                inserted.stream().map(Column::name).collect(Collectors.joining(", ")),
                inserted.stream().map(Column::inserted).collect(Collectors.joining(", ")), table, match, keyColumn, keyColumn));
    }
}
