-- After every migration, as the schema's owner: the app's runtime role (CRM_DB_APP_USER, or the embedded
-- database's own) owns the working tables — the scoring job swaps its table and imports analyse what they wrote —
-- but only reads and appends to the access log, its reviews and the rights changes, which the owner keeps.
-- With no runtime role (one database user for everything) this does nothing.
do $$
declare
    runtime text := '${runtimerole}';
    kept    text[] := array['access_log', 'access_review', 'user_rights_change', 'flyway_schema_history', 'warehouse_key'];
    t       record;
begin
    if runtime = '' then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = runtime) then
        raise exception 'the runtime role % does not exist; create it or unset CRM_DB_APP_USER', runtime;
    end if;
    for t in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm')
               and c.relname <> all (kept) and pg_get_userbyid(c.relowner) <> runtime loop
        execute format('alter %s %I owner to %I',
                       case t.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, t.relname, runtime);
    end loop;
    execute format('grant usage, create on schema %I to %I', current_schema(), runtime);
    execute format('revoke all on access_log, access_review, user_rights_change from %I', runtime);
    execute format('grant select, insert on access_log, access_review, user_rights_change to %I', runtime);
    execute format('grant usage on sequence %s, %s, %s to %I', pg_get_serial_sequence('access_log', 'id'),
                   pg_get_serial_sequence('access_review', 'id'), pg_get_serial_sequence('user_rights_change', 'id'), runtime);
    execute format('grant execute on function purge_access_log(timestamptz), purge_rights_changes(timestamptz) to %I', runtime);
    -- the warehouse feed writes its files from the reporting views (V35); the key behind them stays the owner's
    execute format('revoke all on warehouse_key from %I', runtime);
    execute format('grant usage on schema report to %I', runtime);
    execute format('grant select on all tables in schema report to %I', runtime);
    execute format('grant execute on all functions in schema report to %I', runtime);
    begin
        -- the bulk import writes rows it has checked by joins without per-row foreign-key triggers (ADR 11)
        execute format('grant set on parameter session_replication_role to %I', runtime);
    exception when insufficient_privilege then
        raise notice 'session_replication_role not granted to % (needs a superuser): imports check foreign keys row by row', runtime;
    end;
end $$;


-- The read-only reporting role (CRM_DB_REPORT_USER, created by the operator): the views in `report` and nothing else.
do $$
declare
    reporting text := '${reportrole}';
begin
    if reporting = '' then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = reporting) then
        raise exception 'the reporting role % does not exist; create it (login, no other rights) or unset CRM_DB_REPORT_USER', reporting;
    end if;
    execute format('grant usage on schema report to %I', reporting);
    execute format('grant select on all tables in schema report to %I', reporting);
    execute format('grant execute on all functions in schema report to %I', reporting);
end $$;
