-- Counts every app instance must agree on: failed sign-ins (per username and address, per address, per username) and
-- API tokens' allowances (requests this minute, customers today). A row is changed under its row lock; the nightly
-- upkeep forgets rows last counted days ago.
create table shared_tally (
    key   text        primary key,
    count bigint      not null,
    at    timestamptz not null,
    until timestamptz
);

create index shared_tally_at on shared_tally (at);
