-- 200 proposals, comma-separated: the pages the page load opens (the same sample on every run over the same data, so
-- two builds compared by ops/bench-pages read the same pages).
select string_agg(id::text, ',') from (select id from budgeting.mt_doc_proposaldetails order by md5(id::text) limit 200) x;
