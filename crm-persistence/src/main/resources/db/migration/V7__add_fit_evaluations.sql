-- How many likelihood evaluations each model's fit took.
alter table scoring_run
    add column bgnbd_evaluations int,
    add column gg_evaluations    int;
