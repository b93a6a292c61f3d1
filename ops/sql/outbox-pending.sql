-- Messages the outbox has still to handle (phase deadlines scheduled for later excepted): 0 once it has drained.
select (select count(*) from budgeting.wolverine_incoming_envelopes
        where status = 'Incoming' or (status = 'Scheduled' and message_type not like '%PhaseDeadlineReached%'))
     + (select count(*) from budgeting.wolverine_outgoing_envelopes) as bench_outbox_pending;
