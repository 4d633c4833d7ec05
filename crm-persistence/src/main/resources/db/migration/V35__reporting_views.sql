-- The data warehouse / data mining feed: views in the schema `report`, the same ones the dated export files are
-- written from, for a read-only reporting role (CRM_DB_REPORT_USER; see afterMigrate.sql). No names, phones, e-mails or
-- addresses: a customer appears as a pseudonymous key, a keyed SHA-256 of their number with a secret made here that
-- only the owner and the runtime role can read — so an analyst cannot compute the key of a number they know.
create schema report;

create table warehouse_key (
    only_one boolean primary key default true check (only_one),
    secret   bytea   not null
);
insert into warehouse_key (secret)
values (sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')));

-- The scores are read through a function: the scoring job replaces customer_score every run (ADR 6), which a view
-- on it would forbid. SECURITY DEFINER: it reads the scores and the key with its owner's rights.
create function report.score_rows()
    returns table (customer_key text, stage text, rfm_segment text, r_score smallint, f_score smallint,
                   m_score smallint, recency_days int, purchases bigint, revenue numeric, profit_contribution numeric,
                   expected_purchases_90d numeric, p_alive numeric, predicted_clv numeric, historical_clv numeric,
                   at_risk boolean, risk_reasons text, scored_in_run bigint)
    language sql stable security definer set search_path from current
as $$
    select encode(sha256(k.secret || convert_to(s.customer_id::text, 'UTF8')), 'hex'), s.stage, s.segment,
           s.r_score, s.f_score, s.m_score, s.recency_days, s.frequency, s.monetary, s.profit_contribution,
           s.expected_purchases_90d, s.p_alive, s.predicted_clv, s.historical_clv, s.at_risk,
           array_to_string(s.risk_reasons, ';'), s.run_id
    from customer_score s cross join warehouse_key k
    order by s.customer_id
$$;

create view report.scores as select * from report.score_rows();

create view report.ladder_moves as
select encode(sha256(k.secret || convert_to(h.customer_id::text, 'UTF8')), 'hex') as customer_key,
       h.at as moved_at, h.from_stage, h.to_stage, h.rule, h.run_id
from ladder_history h cross join warehouse_key k;

create view report.churn_flags as
select encode(sha256(k.secret || convert_to(c.customer_id::text, 'UTF8')), 'hex') as customer_key,
       c.stage, c.p_alive, c.predicted_clv, array_to_string(c.reasons, ';') as reasons, c.run_id
from churn_risk c cross join warehouse_key k;

-- campaigns: what was sent to how many, never who (nor the member of staff, nor the reason typed)
create view report.campaigns as
select id as campaign, at as exported_at, segment_name, channel, purpose, exported, left_no_consent, left_no_address,
       left_capped
from campaign_export;

create view report.scoring_runs as
select id as run_id, trigger, started_at, finished_at, customers, climbed, fell, at_risk, at_risk_core, newly_at_risk,
       core_lost
from scoring_run where status = 'SUCCEEDED';

comment on schema report is 'Dangol''s reporting views (docs/warehouse.md): pseudonymous, read-only';
