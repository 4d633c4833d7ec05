-- The time unit of the purchase model is a setting (weeks by default).
alter table scoring_settings
    add column model_period text not null default 'WEEK' check (model_period in ('DAY', 'WEEK', 'MONTH'));
