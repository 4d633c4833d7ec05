-- a birthday or wedding anniversary set, corrected or removed on the customer page is a change on the timeline
alter table customer_change drop constraint customer_change_field_check;
alter table customer_change add constraint customer_change_field_check
    check (field in ('REGISTERED', 'NAME', 'KIND', 'TAGS', 'CONTACT_POINT', 'MERGED', 'UNMERGED', 'BIRTHDAY',
                     'CONTACT_POINT_RETIRED', 'WEDDING_ANNIVERSARY'));
