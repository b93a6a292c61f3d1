-- Messages the outbox has still to handle, retries scheduled for later included (phase deadlines excepted): 0 once a
-- drill's faults have all been worked off.
select (select count(*) from budgeting.wolverine_incoming_envelopes
        where status = 'Incoming' or (status = 'Scheduled' and message_type not like '%PhaseDeadlineReached%'))
     + (select count(*) from budgeting.wolverine_outgoing_envelopes);
