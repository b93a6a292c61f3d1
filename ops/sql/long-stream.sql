-- Grows one proposal stream to :n events by repeating its last event (a discussion), one minute apart.
INSERT INTO budgeting.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, headers)
SELECT nextval('budgeting.mt_events_sequence'), gen_random_uuid(), x.* FROM (
  SELECT e.stream_id, e.version + g, e.data, e.type, e.timestamp + g * interval '1 minute', e.tenant_id, e.mt_dotnet_type, e.headers
  FROM budgeting.mt_events e, generate_series(1, :n - 3) g
  WHERE e.stream_id = :'stream' AND e.version = 3 ORDER BY g) x;
UPDATE budgeting.mt_streams SET version = :n WHERE id = :'stream';
