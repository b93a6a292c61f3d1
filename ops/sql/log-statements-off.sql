-- Back to the cluster's own logging after log-statements.sql.
alter system reset log_statement;
alter system reset log_line_prefix;
select pg_reload_conf();
