-- How phones are written in SMS and phone campaign files: 010-1234-5678 (DASHED) or digits only (DIGITS)
alter table marketing_settings add column phone_format text not null default 'DASHED'
    check (phone_format in ('DASHED', 'DIGITS'));
