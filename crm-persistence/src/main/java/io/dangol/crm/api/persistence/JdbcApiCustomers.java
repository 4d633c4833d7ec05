package io.dangol.crm.api.persistence;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.api.ApiCustomer;
import io.dangol.crm.api.ApiCustomers;
import io.dangol.crm.api.ApiOrder;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApiCustomers implements ApiCustomers {

    private static final String SELECT = """
            select c.id, c.source_system, c.external_id, c.name, c.kind, c.ladder_stage, c.created_at,
                   array(select p.value from contact_point p where p.customer_id = c.id and p.kind = 'PHONE' and p.retired_at is null order by p.id) as phones,
                   array(select p.value from contact_point p where p.customer_id = c.id and p.kind = 'EMAIL' and p.retired_at is null order by p.id) as emails
            from customer c""";

    private final JdbcClient jdbc;

    JdbcApiCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ApiCustomer> byId(CustomerId customer) {
        return jdbc.sql(SELECT + " where c.id = ? and c.erased_at is null").param(customer.value()).query(JdbcApiCustomers::customer)
                .optional();
    }

    @Override
    public List<ApiCustomer> find(CustomerQuery query, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(SELECT + where + " order by c.id limit ? offset ?").params(params)
                .query(JdbcApiCustomers::customer).list();
    }

    @Override
    public long count(CustomerQuery query) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from customer c" + where(query, params)).params(params).query(Long.class).single();
    }

    @Override
    public List<ApiOrder> orders(CustomerId customer, int page, int size) {
        List<ApiOrder> orders = jdbc.sql("""
                select o.id, o.source_system, o.external_id, o.channel, o.ordered_at,
                       coalesce((select sum(l.quantity * l.unit_price - l.discount) from order_line l where l.order_id = o.id), 0) as total,
                       coalesce((select sum(r.refund) from order_return r join order_line l on l.id = r.order_line_id
                                 where l.order_id = o.id), 0) as refunded
                from customer_order o join customer c on c.id = o.customer_id
                where o.customer_id = ? and c.erased_at is null
                order by o.ordered_at desc, o.id desc limit ? offset ?""")
                .params(customer.value(), size, (long) page * size)
                .query((rs, n) -> new ApiOrder(rs.getLong("id"), rs.getString("source_system"), rs.getString("external_id"),
                        rs.getString("channel"), rs.getTimestamp("ordered_at").toInstant(), rs.getBigDecimal("total"),
                        rs.getBigDecimal("refunded"), List.of()))
                .list();
        if (orders.isEmpty()) {
            return orders;
        }
        Map<Long, List<ApiOrder.Line>> lines = new HashMap<>();
        jdbc.sql("""
                select l.order_id, l.line_no, p.name, l.quantity, l.unit_price, l.discount, l.is_gift,
                       coalesce((select sum(r.quantity) from order_return r where r.order_line_id = l.id), 0) as returned
                from order_line l join product p on p.id = l.product_id
                where l.order_id = any (?) order by l.order_id, l.line_no""")
                .param(orders.stream().map(ApiOrder::id).toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    lines.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>()).add(new ApiOrder.Line(
                            rs.getInt("line_no"), rs.getString("name"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
                            rs.getBigDecimal("discount"), rs.getBoolean("is_gift"), rs.getInt("returned")));
                });
        return orders.stream().map(o -> new ApiOrder(o.id(), o.sourceSystem(), o.orderId(), o.channel(), o.orderedAt(),
                o.total(), o.refunded(), List.copyOf(lines.getOrDefault(o.id(), List.of())))).toList();
    }

    @Override
    public Optional<CustomerId> bySourceId(String sourceSystem, String externalId) {
        return jdbc.sql("""
                        select c.id from customer c where c.erased_at is null and c.id =
                            (select coalesce(x.merged_into, x.id) from customer x where x.source_system = ? and x.external_id = ?)""")
                .params(sourceSystem, externalId).query(Long.class).optional().map(CustomerId::of);
    }

    @Override
    public Optional<CustomerId> byOrder(String sourceSystem, String orderId) {
        return jdbc.sql("""
                        select c.id from customer c where c.erased_at is null and c.id =
                            (select coalesce(x.merged_into, x.id) from customer_order o join customer x on x.id = o.customer_id
                             where o.source_system = ? and o.external_id = ?)""")
                .params(sourceSystem, orderId).query(Long.class).optional().map(CustomerId::of);
    }

    @Override
    public long orderCount(CustomerId customer) {
        return jdbc.sql("select count(*) from customer_order where customer_id = ?").param(customer.value()).query(Long.class).single();
    }

    private static String where(CustomerQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(" where c.erased_at is null");
        if (query.externalId().isPresent()) {
            // a record merged into another answers as the survivor: its source id leads there
            where.append(" and c.id in (select coalesce(x.merged_into, x.id) from customer x where x.external_id = ?");
            params.add(query.externalId().get());
            query.sourceSystem().ifPresent(source -> {
                where.append(" and x.source_system = ?");
                params.add(source);
            });
            where.append(")");
        } else {
            query.sourceSystem().ifPresent(source -> {
                where.append(" and c.source_system = ?");
                params.add(source);
            });
        }
        query.phoneLookup().ifPresent(lookup -> {
            where.append(" and exists (select 1 from contact_point p where p.customer_id = c.id and p.lookup = ?)");
            params.add(lookup);
        });
        query.email().ifPresent(email -> {
            where.append(" and exists (select 1 from contact_point p where p.customer_id = c.id and p.lookup = lower(?))");
            params.add(email);
        });
        return where.toString();
    }

    private static ApiCustomer customer(ResultSet rs, int n) throws SQLException {
        return new ApiCustomer(rs.getLong("id"), Optional.ofNullable(rs.getString("source_system")),
                Optional.ofNullable(rs.getString("external_id")), rs.getString("name"), rs.getString("kind"),
                rs.getString("ladder_stage"), rs.getTimestamp("created_at").toInstant(), strings(rs.getArray("phones")),
                strings(rs.getArray("emails")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
