-- What a running import is doing once its rows are read (writing customers, orders, order lines …), for its page.
alter table import_run add column phase text;
