-- Scoring II: the churn radar. Risk reasons per customer in the scores, the at-risk customers of every run
-- kept, and the run's counts (at risk, newly at risk since the previous run, core customers lost).

alter table scoring_settings
    add column risk_alive_threshold numeric(4, 3) not null default 0.50 check (risk_alive_threshold between 0.01 and 0.99),
    add column risk_no_contact_days int           not null default 180 check (risk_no_contact_days between 7 and 3650);

alter table customer_score
    add column risk_reasons text[],
    add column at_risk      boolean not null default false;

alter table scoring_run
    add column at_risk       bigint not null default 0,
    add column at_risk_core  bigint not null default 0,
    add column newly_at_risk bigint not null default 0,
    add column core_lost     bigint not null default 0;

create table churn_risk (
    run_id        bigint  not null references scoring_run (id) on delete cascade,
    customer_id   bigint  not null,
    stage         text    not null,
    p_alive       numeric(7, 6),
    predicted_clv numeric(16, 2),
    reasons       text[]  not null,
    primary key (run_id, customer_id)
);
