-- Every cycle the proposal list holds, comma-separated: the read load's cycle filters.
select string_agg(c, ',') from (select distinct cycle_id::text c from budgeting.mt_doc_proposaldetails) x;
