-- 200 proposals at random, comma-separated: the pages the page load opens.
select string_agg(id::text, ',') from (select id from budgeting.mt_doc_proposaldetails order by random() limit 200) x;
