-- One checksum per read model built from events (notifications are messages, not projections).
select * from (
select 'proposal details', count(*), md5(coalesce(string_agg(data::text, '' order by id), '')) from budgeting.mt_doc_proposaldetails
union all
select 'cycles', count(*), md5(coalesce(string_agg(data::text, '' order by id), '')) from budgeting.mt_doc_cycleview
) models order by 1;
