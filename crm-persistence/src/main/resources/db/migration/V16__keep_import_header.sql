-- The header of an imported file as read, so its rejected rows come back in the file's own columns, fixable in
-- Excel and importable again
alter table import_run add column header text[];
