-- Every cycle the proposal list holds, comma-separated: the read load's cycle filters.
select string_agg(c, ',') from (select distinct data->>'cycleId' c from budgeting.mt_doc_proposallistitem) x;
