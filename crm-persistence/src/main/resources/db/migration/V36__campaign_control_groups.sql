-- Campaigns that prove themselves: every export holds out a random control group (stratified by ladder stage and
-- RFM segment, drawn from a stored seed), records every member with its group and stratum, and may carry a cost per
-- contact for the return on spend. Control members get no touch (no contact row), so the frequency cap ignores them.
alter table campaign_export
    add column control_percent  smallint not null default 0 check (control_percent between 0 and 50),
    add column control_seed     bigint   not null default 0,
    add column held_out         bigint   not null default 0,
    add column left_fatigued    bigint   not null default 0,
    add column cost_per_contact bigint check (cost_per_contact >= 0);
comment on column campaign_export.cost_per_contact is 'KRW per exported customer (no minor unit), entered on export; null when unknown';

-- who was in the campaign's population, in which group, and in which stratum when it was exported
create table campaign_member (
    export_id   bigint  not null references campaign_export (id),
    customer_id bigint  not null,
    held_out    boolean not null,
    stage       text    not null check (stage in ('PROSPECT', 'BUYER', 'IDENTIFIED', 'CORE')),
    segment     text,
    primary key (export_id, customer_id)
);
create index campaign_member_customer on campaign_member (customer_id) where not held_out;

-- the headline the campaigns list and the marketing dashboard show, refreshed after each scoring run
create table campaign_headline (
    export_id              bigint      primary key references campaign_export (id),
    computed_at            timestamptz not null,
    window_days            int         not null,
    window_complete        boolean     not null,
    treated                bigint      not null,
    held_out               bigint      not null,
    purchase_lift          numeric(9, 6),
    purchase_lift_low      numeric(9, 6),
    purchase_lift_high     numeric(9, 6),
    treated_withdrawal_rate numeric(9, 6) not null,
    control_withdrawal_rate numeric(9, 6)
);

-- marketing's rules for the evidence: the default control share, and fatigue (withdrawals within N days of a touch;
-- customers who withdrew after touches this many times are left out of exports when the rule is on)
alter table marketing_settings
    add column control_percent  smallint not null default 10 check (control_percent between 0 and 50),
    add column fatigue_days     smallint not null default 14 check (fatigue_days between 1 and 90),
    add column fatigue_limit    smallint not null default 2 check (fatigue_limit between 1 and 10),
    add column exclude_fatigued boolean  not null default true;
