-- Scoring II: predictive lifetime value (BG/NBD + Gamma-Gamma) per customer and the fitted parameters per run.

alter table scoring_settings
    add column clv_margin          numeric(4, 3) not null default 0.30 check (clv_margin between 0.01 and 1),
    add column clv_annual_discount numeric(4, 3) not null default 0.10 check (clv_annual_discount between 0 and 1),
    add column clv_horizon_months  int           not null default 12 check (clv_horizon_months between 1 and 120);

alter table scoring_run drop constraint scoring_run_phase_check;
alter table scoring_run add constraint scoring_run_phase_check check (phase in ('FIT', 'AGGREGATE', 'SCORE', 'PUBLISH'));
alter table scoring_run
    add column model_unit       text,
    add column fit_customers    bigint,
    add column bgnbd_r          double precision,
    add column bgnbd_alpha      double precision,
    add column bgnbd_a          double precision,
    add column bgnbd_b          double precision,
    add column bgnbd_ll         double precision,
    add column gg_p             double precision,
    add column gg_q             double precision,
    add column gg_gamma         double precision,
    add column gg_ll            double precision,
    add column fit_millis       bigint,
    add column fit_note         text;

alter table customer_score
    add column expected_purchases_90d numeric(12, 4),
    add column p_alive                numeric(7, 6) check (p_alive between 0 and 1),
    add column predicted_clv          numeric(16, 2),
    add column historical_clv         numeric(16, 2) not null default 0;
