-- Data intake: customers carry the id their source system gave them, so importing the same file twice changes
-- nothing; each import keeps its rejected rows with their line numbers and reasons.
alter table customer add column source_system text, add column external_id text;
create unique index customer_external on customer (source_system, external_id) where external_id is not null;

alter table import_run add column source_system text not null default 'import',
                       add column encoding text,
                       add column unchanged bigint not null default 0;

create table import_rejection (
    run_id  bigint not null references import_run (id) on delete cascade,
    line    bigint not null,
    reason  text   not null,
    detail  text   not null default '',
    raw     text   not null default '',
    primary key (run_id, line)
);
