-- Order lines carry their order's date (as they carry its customer_id), so the scoring pass can filter a
-- window of ten million lines without joining them to their orders.
alter table order_line add column ordered_at timestamptz;
update order_line l set ordered_at = o.ordered_at
from customer_order o where o.id = l.order_id and o.customer_id = l.customer_id;
alter table order_line alter column ordered_at set not null;
