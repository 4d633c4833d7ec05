-- An optional second factor per user (issue 14): a TOTP secret (RFC 6238, 30-second steps) and the last time step a
-- code was accepted for, so that one code signs in once.
alter table app_user add column totp_secret text;
alter table app_user add column totp_last_step bigint not null default 0;
comment on column app_user.totp_secret is 'base32 TOTP secret; null: no second factor enrolled';
alter table user_rights_change drop constraint user_rights_change_kind_check;
alter table user_rights_change add constraint user_rights_change_kind_check
    check (kind in ('CREATED', 'ROLES_CHANGED', 'DISABLED', 'ENABLED', 'PASSWORD_RESET', 'PASSWORD_CHANGED',
                    'SECOND_FACTOR_ADDED', 'SECOND_FACTOR_REMOVED'));
