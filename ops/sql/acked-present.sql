-- The acknowledged proposal ids (on standard input, one a line): how many, how many distinct, how many not in the store.
create temp table acks (id uuid);
\copy acks from pstdin
select count(*), count(distinct id), count(*) filter (where not exists (select 1 from budgeting.mt_streams s where s.id = acks.id))
from acks;
