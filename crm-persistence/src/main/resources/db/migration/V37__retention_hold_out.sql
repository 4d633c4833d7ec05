-- Retention calls that prove themselves: a share of the core customers the churn radar newly flags is held out of the
-- keep-them worklist (no case, so no call) for 90 days, drawn per scoring run from the run's seed; the share is an
-- admin's setting, 0 % (nobody held out) until an admin turns it on.
create table retention_settings (
    id               int primary key default 1 check (id = 1),
    hold_out_percent smallint    not null default 0 check (hold_out_percent between 0 and 50),
    updated_at       timestamptz not null default now(),
    updated_by       text        not null default 'system'
);
insert into retention_settings (hold_out_percent) values (0);

create table retention_hold_out (
    customer_id bigint      not null references customer (id),
    run_id      bigint      references scoring_run (id) on delete set null,
    held_at     timestamptz not null,
    primary key (customer_id, held_at)
);
create index retention_hold_out_recent on retention_hold_out (held_at);
