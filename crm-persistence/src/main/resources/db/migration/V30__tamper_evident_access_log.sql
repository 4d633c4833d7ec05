-- The access log, tamper-evident (issue 14, ADR 18). Append-only in the database, not by convention:
-- the app's runtime role gets SELECT and INSERT only (afterMigrate.sql), and triggers refuse UPDATE, DELETE and
-- TRUNCATE for every role, superusers included, in every replication mode. Each row carries a SHA-256 hash
-- chained to the row before it; a check recomputes the chain. The log holds no customer personal data besides
-- the customer's id (the `what` texts name pages, never a name or a number), so an erasure never touches it and
-- never breaks the chain.

alter table access_log
    add column reason    text not null default '',
    add column chain_seq bigint,
    add column prev_hash bytea,
    add column hash      bytea;
comment on column access_log.reason is 'why a download or export was made, as the user gave it in the dialog';
comment on column access_log.chain_seq is 'position in the hash chain: 1, 2, 3 … without gaps (from the oldest kept row)';

-- what the hash covers: every column but id (assigned before the chain lock, so not in chain order)
create function access_log_payload(chain_seq bigint, at timestamptz, username text, source_ip text, customer_id bigint,
                                   action text, what text, reason text) returns bytea
    language sql immutable parallel safe as $$
    select convert_to(concat_ws(chr(31), chain_seq::text, ((extract(epoch from at) * 1000000)::bigint)::text,
                                username, source_ip, coalesce(customer_id::text, '-'), action, what, reason), 'UTF8')
$$;

create function access_log_genesis() returns bytea language sql immutable as $$
    select sha256(convert_to('dangol access log', 'UTF8'))
$$;

-- the rows already written, chained in the order they were written
do $$
declare
    r    record;
    prev bytea := access_log_genesis();
    seq  bigint := 0;
    h    bytea;
begin
    for r in select * from access_log order by id loop
        seq := seq + 1;
        h := sha256(prev || access_log_payload(seq, r.at, r.username, r.source_ip, r.customer_id, r.action, r.what, r.reason));
        update access_log set chain_seq = seq, prev_hash = prev, hash = h where id = r.id;
        prev := h;
    end loop;
end $$;

alter table access_log
    alter column chain_seq set not null,
    alter column prev_hash set not null,
    alter column hash set not null;
create unique index access_log_chain on access_log (chain_seq);
create index access_log_user on access_log (username, at desc);

-- Writers are serialised: the first row a transaction writes waits for the chain's lock (held to its commit) and
-- reads the head; later rows of the same transaction continue from a transaction-local setting.
create function access_log_chain() returns trigger language plpgsql as $$
declare
    head text := current_setting('dangol.access_log_head', true);
    seq  bigint;
    prev bytea;
begin
    if head is null or head = '' then
        perform pg_advisory_xact_lock(7210420117);
        select l.chain_seq, l.hash into seq, prev from access_log l order by l.chain_seq desc limit 1;
        if seq is null then
            seq := 0;
            prev := access_log_genesis();
        end if;
    else
        seq := split_part(head, ':', 1)::bigint;
        prev := decode(split_part(head, ':', 2), 'hex');
    end if;
    new.chain_seq := seq + 1;
    new.prev_hash := prev;
    new.hash := sha256(prev || access_log_payload(new.chain_seq, new.at, new.username, new.source_ip, new.customer_id,
                                                  new.action, new.what, new.reason));
    perform set_config('dangol.access_log_head', new.chain_seq || ':' || encode(new.hash, 'hex'), true);
    return new;
end $$;

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('dangol.access_log_purge', true) = 'on'
            and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        return old;  -- only inside purge_access_log, which the table's owner defines and which keeps two years
    end if;
    raise exception 'access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger access_log_chain before insert on access_log for each row execute function access_log_chain();
create trigger access_log_no_change before update or delete on access_log for each row execute function access_log_append_only();
create trigger access_log_no_truncate before truncate on access_log for each statement execute function access_log_append_only();
alter table access_log enable always trigger access_log_chain;
alter table access_log enable always trigger access_log_no_change;
alter table access_log enable always trigger access_log_no_truncate;

-- Retention: rows older than the setting go, but never younger than two years (PIPA safety standard art. 8), and
-- only from the start of the chain, so what stays is one unbroken chain.
create function purge_access_log(older_than timestamptz) returns bigint
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    bound timestamptz := least(older_than, now() - interval '2 years');
    first_kept bigint;
    purged bigint;
begin
    select min(chain_seq) into first_kept from access_log where at >= bound;
    perform set_config('dangol.access_log_purge', 'on', true);
    delete from access_log where at < bound and (first_kept is null or chain_seq < first_kept);
    get diagnostics purged = row_count;
    perform set_config('dangol.access_log_purge', 'off', true);
    return purged;
end $$;
revoke all on function purge_access_log(timestamptz) from public;

-- Rights changes (user created, disabled, roles changed, password reset) are kept at least three years.
create function purge_rights_changes(older_than timestamptz) returns bigint
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    purged bigint;
begin
    delete from user_rights_change where changed_at < least(older_than, now() - interval '3 years');
    get diagnostics purged = row_count;
    return purged;
end $$;
revoke all on function purge_rights_changes(timestamptz) from public;

-- The monthly review (PIPA safety standard art. 8: reviewed at least monthly): who reviewed which month, what the
-- chain's head was then (so a later deletion of the tail shows), and what was seen.
create table access_review (
    id          bigint generated by default as identity primary key,
    month       date        not null unique check (extract(day from month) = 1),
    reviewed_by text        not null,
    reviewed_at timestamptz not null,
    entries     bigint      not null,
    alerts      int         not null,
    head_seq    bigint      not null,
    head_hash   bytea       not null,
    chain_intact boolean    not null,
    note        text        not null default ''
);
comment on table access_review is 'one row per reviewed month; the runtime role may only read and append';
