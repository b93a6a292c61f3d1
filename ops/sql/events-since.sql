-- The types of the last :n events, with their counts: what was written since a count was taken.
select coalesce(string_agg(type || ' ' || n, ', '), 'none') from (
  select type, count(*) n from budgeting.mt_events
  where seq_id > (select max(seq_id) - :n from budgeting.mt_events) group by type) x;
