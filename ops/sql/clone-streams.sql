-- Clones the proposal streams listed in bench_template :copies times (new stream ids, same events, fresh sequence
-- numbers, versions in order so the audit chain links each stream), through the chain trigger like any insert.
-- With :first_only, only each template's first event (a just-suggested proposal). Each copy is moved back in time
-- (its events' "at" and timestamp, by 3 s per copy), so proposals do not share their suggestion instants as exact
-- copies would, and the list's order by suggestedAt meets the ties real data has rather than thousands of them.
-- Batches commit as they go.
CREATE OR REPLACE FUNCTION bench_shift(data jsonb, back interval) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN data ? 'at' THEN jsonb_set(data, '{at}', to_jsonb(
    to_char(((data ->> 'at')::timestamptz - back) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))) ELSE data END
$$;

CREATE OR REPLACE PROCEDURE bench_clone(copies int, offset_ int, first_only boolean) LANGUAGE plpgsql AS $$
DECLARE c int := 0; step int := 100; half interval := CASE WHEN first_only THEN interval '1.5 s' ELSE interval '0' END;
BEGIN
  WHILE c < copies LOOP
    INSERT INTO budgeting.mt_streams (id, type, version, timestamp, created, tenant_id)
      SELECT md5((offset_ + g)::text || s.id::text)::uuid, s.type, CASE WHEN first_only THEN 1 ELSE s.version END,
             s.timestamp, s.created, s.tenant_id
      FROM generate_series(c + 1, least(c + step, copies)) g, budgeting.mt_streams s JOIN bench_template t ON t.id = s.id;
    INSERT INTO budgeting.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type,
                                     correlation_id, causation_id, headers)
      SELECT nextval('budgeting.mt_events_sequence'), gen_random_uuid(), x.* FROM (
        SELECT md5((offset_ + g)::text || e.stream_id::text)::uuid, e.version,
               bench_shift(CASE WHEN e.data ? 'proposalId'
                    THEN jsonb_set(e.data, '{proposalId}', to_jsonb(md5((offset_ + g)::text || e.stream_id::text)::uuid::text))
                    ELSE e.data END, g * interval '3 s' + half),
               e.type, e.timestamp - g * interval '3 s' - half, e.tenant_id, e.mt_dotnet_type, e.correlation_id, e.causation_id, e.headers
        FROM generate_series(c + 1, least(c + step, copies)) g, budgeting.mt_events e JOIN bench_template t ON t.id = e.stream_id
        WHERE NOT first_only OR e.version = 1
        ORDER BY g, e.stream_id, e.version) x;
    COMMIT;
    c := c + step;
  END LOOP;
END $$;
