-- The header of an imported file as read, so its rejected rows come back in the file's own columns, fixable in
-- Excel and importable again
alter table import_run add column header text[];
-- whether the kind was chosen at upload (true) or recognised from the header (false)
alter table import_run add column kind_chosen boolean not null default false;
