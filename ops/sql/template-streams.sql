-- The streams clone-streams.sql copies (bench_template, made by bench-template-events.sql or bench-template.sql).
select count(*) from bench_template;
