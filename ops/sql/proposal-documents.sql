-- Proposals in the proposal read model (the details and the list read the same documents).
select count(*) from budgeting.mt_doc_proposaldetails;
