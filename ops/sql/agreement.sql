-- Disagreements between the events and what was built from them; every row must say 0.
select 'proposal streams without details, or at another version', count(*) from budgeting.mt_streams s
  left join budgeting.mt_doc_proposaldetails d on d.id = s.id
  where s.type = 'proposal' and (d.id is null or (d.data->>'version')::bigint <> s.version)
union all
select 'proposal read models whose list columns disagree with their document', count(*) from budgeting.mt_doc_proposaldetails d
  where d.cycle_id is distinct from (d.data->>'cycleId')::uuid or d.status is distinct from d.data->>'status'
union all
select 'streams whose events skip or repeat a version', count(*) from (
  select stream_id from budgeting.mt_events where type <> 'tombstone'
  group by stream_id having count(*) <> max(version) or min(version) <> 1) x
union all
select 'proposals suggested twice by the same request', count(*) from (
  select data->'by'->>'id', data->>'title' from budgeting.mt_events where type = 'proposal_suggested'
  group by 1, 2 having count(*) > 1) x
union all
select 'proposal events without a notification', count(*) from budgeting.mt_events e
  join budgeting.mt_streams s on s.id = e.stream_id and s.type = 'proposal'
  left join budgeting.mt_doc_notification n on n.id = e.id where n.id is null
union all
select 'notifications without a proposal event', count(*) from budgeting.mt_doc_notification n
  left join budgeting.mt_events e on e.id = n.id where e.id is null;
