-- Messages not handled yet: incoming ones, scheduled ones already due, and outgoing ones.
select (select count(*) from budgeting.wolverine_incoming_envelopes
         where status = 'Incoming' or (status = 'Scheduled' and execution_time <= now()))
     + (select count(*) from budgeting.wolverine_outgoing_envelopes);
