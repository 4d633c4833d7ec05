-- Staff choose their own password (issue 14): an issued (printed) password must be changed at the next sign-in,
-- and a user's own change is a rights change like the others.
alter table app_user add column must_change_password boolean not null default false;
alter table user_rights_change drop constraint user_rights_change_kind_check;
alter table user_rights_change add constraint user_rights_change_kind_check
    check (kind in ('CREATED', 'ROLES_CHANGED', 'DISABLED', 'ENABLED', 'PASSWORD_RESET', 'PASSWORD_CHANGED'));
