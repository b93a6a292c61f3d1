-- The cycle :'cycle': its ballots in the read model, and its ballot_cast events.
select (select count(*) from budgeting.mt_doc_ballotview where data->>'cycleId' = :'cycle'),
       (select count(*) from budgeting.mt_events where type = 'ballot_cast' and data->>'cycleId' = :'cycle');
