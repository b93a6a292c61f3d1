-- The events of one copy of the demo's proposal streams.
select count(*) from budgeting.mt_events e join bench_template t on t.id = e.stream_id;
