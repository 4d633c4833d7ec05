-- Which purchase model scores customers: BG/NBD (a one-time buyer is always "alive") or MBG/NBD (Batislam et al.
-- 2007: they may drop out after their first purchase too). Both are compared in the backtests; each run records which
-- it fitted.
alter table scoring_settings add column purchase_model text not null default 'MBG_NBD' check (purchase_model in ('BG_NBD', 'MBG_NBD'));
alter table scoring_run add column purchase_model text check (purchase_model in ('BG_NBD', 'MBG_NBD'));
