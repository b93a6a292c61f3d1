-- PostgreSQL logs every statement with its transaction id (ops/bench captures one command's statements from the log).
alter system set log_statement = 'all';
alter system set log_line_prefix = '%m [%p] %x ';
select pg_reload_conf();
