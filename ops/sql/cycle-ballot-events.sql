-- The ballot_cast events of the cycle :'cycle' (one per ballot stream).
select count(*) from budgeting.mt_events where type = 'ballot_cast' and data->>'cycleId' = :'cycle';
