-- One call of the ballot checkpointer (the engine calls it every 10 s): how many checkpoints it added.
select budgeting.ballot_checkpoints_advance('0 s', 5000);
