-- "Silent longer than usual" needs a floor: a heavy buyer's average gap of a day or two made three quiet days
-- "overdue" (a Champion who bought 3 days ago was flagged at risk). Overdue now means silent longer than both the
-- activity factor × their own gap and this many days; the default is the one the radar backtest chose
-- (docs/scoring.md, "Radar backtest").
alter table scoring_settings add column overdue_floor_days int not null default 90 check (overdue_floor_days between 0 and 365);
