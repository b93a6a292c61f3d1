-- The statements this database ran since pg_stat_statements_reset(), most called first, as "calls<TAB>statement":
-- top-level statements only (pg_stat_statements.track = top leaves out those inside triggers); BEGIN, COMMIT and
-- ROLLBACK are not counted, nor the bench's own queries (pg_stat_statements, the outbox's drain check).
select calls || E'\t' || regexp_replace(left(query, 200), '\s+', ' ', 'g')
from pg_stat_statements s join pg_database d on d.oid = s.dbid
where d.datname = current_database()
  and s.query !~* '^\s*(begin|commit|rollback|start transaction)\y'
  and s.query not like '%pg_stat_statements%'
  and s.query not like '%bench_outbox_pending%'
order by calls desc;
