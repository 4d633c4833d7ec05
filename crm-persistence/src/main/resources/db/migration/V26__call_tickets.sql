-- one-time tickets for the call centre's screen pop: the caller's number is read once, then the row is useless;
-- rows older than a few minutes are forgotten whenever a new call is announced
create table call_ticket (
    ticket_hash text primary key,
    caller      text        not null,
    source      text        not null default '',
    issued_at   timestamptz not null,
    used_at     timestamptz
);
create index call_ticket_issued on call_ticket (issued_at);
