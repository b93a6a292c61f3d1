-- Messages the outbox has still to handle now (those scheduled for later excepted): 0 once it has drained.
select (select count(*) from budgeting.wolverine_incoming_envelopes where status = 'Incoming')
     + (select count(*) from budgeting.wolverine_outgoing_envelopes) as bench_outbox_pending;
