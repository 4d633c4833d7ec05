-- a contact can end in an e-mail that bounced or a number not in service: the point it went to is retired
alter table contact drop constraint contact_outcome_check;
alter table contact add constraint contact_outcome_check
    check (outcome in ('REACHED', 'NO_ANSWER', 'INTERESTED', 'NOT_INTERESTED', 'PURCHASED', 'RESOLVED', 'ESCALATED',
                       'BOUNCED', 'UNREACHABLE'));
