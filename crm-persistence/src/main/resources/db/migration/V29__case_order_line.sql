-- a case can concern one line of an order (the grinder of an order of three things), not only the whole order
alter table service_case add column order_line_id bigint references order_line (id);
