-- a contact point retired (moved, number changed, bounced, unreachable, no longer used) is a change on the timeline
alter table customer_change drop constraint customer_change_field_check;
alter table customer_change add constraint customer_change_field_check
    check (field in ('REGISTERED', 'NAME', 'KIND', 'TAGS', 'CONTACT_POINT', 'MERGED', 'UNMERGED', 'BIRTHDAY',
                     'CONTACT_POINT_RETIRED'));
create index contact_point_in_use on contact_point (customer_id) where retired_at is null;
