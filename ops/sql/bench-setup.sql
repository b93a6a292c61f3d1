-- ops/bench's tables, once the demo seed is in: the proposal streams the rebuild clones, and pgbench's one-row table
-- (the ceiling); pg_stat_statements for the statements per suggestion.
create extension if not exists pg_stat_statements;
\ir bench-template.sql
create table bench_one_row (id bigserial primary key, at timestamptz not null default now(), note text not null);
