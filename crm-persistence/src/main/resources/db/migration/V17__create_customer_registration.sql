-- A registration made on Dangol's own form is the legal record of the consents given there: who registered the
-- customer, when, where, which version of the consent wording was shown and in which language, a guardian's consent
-- for a child under 14 (PIPA art. 22-2), and the possible duplicates it was saved despite, with the reason.
create table customer_registration (
    customer_id         bigint      primary key references customer (id),
    registered_at       timestamptz not null,
    registered_by       text        not null,
    channel             text        not null check (channel in ('STORE', 'WEB', 'MOBILE', 'PHONE', 'VISIT', 'REFERRAL')),
    store               text        not null default '',
    consent_wording     text        not null,
    language            text        not null check (language in ('ko', 'en')),
    consents            text[]      not null default '{}',
    guardian_name       text,
    guardian_relation   text,
    guardian_phone      text,
    possible_duplicates bigint[]    not null default '{}',
    duplicate_reason    text        not null default '',
    check ((guardian_name is null) = (guardian_phone is null))
);
create index customer_registration_recent on customer_registration (registered_at desc);
