-- The tombstone of an erasure: when, why and by whom a customer's personal data was erased — nothing about who
-- they were. Their source ids are kept only as a hash ('erased:' || sha256(source_system || ':' || external_id)),
-- so an import of the same id is refused rather than bringing them back.
create table customer_erasure (
    customer_id bigint      primary key,
    erased_at   timestamptz not null,
    erased_by   text        not null,
    reason      text        not null check (reason in ('CUSTOMER_REQUEST', 'RETENTION_PERIOD_OVER', 'CONSENT_WITHDRAWN')),
    records     int         not null
);
comment on column customer_erasure.customer_id is 'no foreign key needed: the customer row stays, anonymised';
