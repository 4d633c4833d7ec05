-- A run "as of" a past moment counts only what happened before it.
alter table scoring_run add column as_of timestamptz;
