-- "Current consent", written once: for each customer, channel and purpose the latest decision wins; two decisions at
-- the same moment are told apart by the later record (the higher id). Segments, campaign exports, upcoming moments
-- read this view; the customer page applies the same order to the history it shows (CustomerFile.currentConsents),
-- and ConsentViewTest holds the two to the same answer.
create index consent_latest on consent (customer_id, channel, purpose, at desc, id desc);
drop index consent_current;

create view current_consent as
select distinct on (customer_id, channel, purpose)
       customer_id, channel, purpose, status, at, source, id as consent_id
from consent
order by customer_id, channel, purpose, at desc, id desc;

comment on view current_consent is 'the latest consent decision per customer, channel and purpose (ties: the later record)';
