-- The instant (UTC, ISO 8601) of the middle ballot_cast event of the cycle :'cycle', in the event order.
select to_char(timestamp at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from budgeting.mt_events
where type = 'ballot_cast' and data->>'cycleId' = :'cycle' order by seq_id
offset (select count(*) / 2 from budgeting.mt_events where type = 'ballot_cast' and data->>'cycleId' = :'cycle') limit 1;
