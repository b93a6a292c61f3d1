-- The ballots of the cycle :'cycle' in the ballot read model.
select count(*) from budgeting.mt_doc_ballotview where data->>'cycleId' = :'cycle';
