-- pg_stat_statements starts counting afresh (statements.sql reads what ran since).
select pg_stat_statements_reset();
