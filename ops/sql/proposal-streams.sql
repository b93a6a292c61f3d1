-- Proposal streams in the event store.
select count(*) from budgeting.mt_streams where type = 'proposal';
