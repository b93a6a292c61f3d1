-- The proposal streams clone.sql copies: every proposal stream the demo seed wrote.
create table bench_template as select id from budgeting.mt_streams where type = 'proposal';
