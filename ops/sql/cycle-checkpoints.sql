-- How many instants the cycle :'cycle' has tally checkpoints at.
select count(distinct at) from budgeting.ballot_checkpoints where cycle_id = :'cycle';
