using Budgeting.Api.Audit.Chain;

namespace Budgeting.Api.Cycles.Counting;

/// <summary>
/// The engine's counting objects, installed beside the hash chain (same schema, same way, idempotent):
/// <list type="bullet">
/// <item><c>ballot_counts</c>: per cycle and proposal, 32 shard rows of supporters and points (the all-zero proposal id
/// holds the number of ballots), summed on read. Any shard counts the same once summed, so a transaction writes a shard
/// no other open transaction holds: it starts at its backend's number and takes the first shard whose advisory lock
/// it gets without waiting (a lock it already holds included), so up to 32 writers voting for the same popular
/// proposal never wait for one another's row (by the ballot's id, two of 32 clients met on a shard so often that the
/// upsert averaged 1.3 ms, most of it waiting).</item>
/// <item><c>count_ballot(cycle, old, new)</c>: moves one ballot's counts from its old selections (null for a new
/// ballot) to its new ones. The trigger on <c>mt_events</c> calls it for every <c>ballot_cast</c> and
/// <c>ballot_replaced</c> row, in the transaction that appends the event: a count can neither run ahead of nor lag
/// behind the ballots committed.</item>
/// <item>The close of voting as a fence: a ballot's row takes the cycle's advisory lock shared, then refuses with
/// SQLSTATE PBV01 (<c>vote-closed</c>) when <c>vote_fences</c> holds the cycle; the <c>phase_advanced</c> row leaving
/// voting takes the same lock exclusively and writes the fence. A ballot committed before the close committed is
/// therefore in the tally the allocation reads; one arriving after it is refused; none is acknowledged and left out.</item>
/// <item><c>ballot_checkpoints</c>: a cycle's counts as of instants, every few thousand ballot events, so tallies as
/// of an instant sum one checkpoint and the delta after it (<c>ballot_tally_at</c>) instead of every ballot event; added
/// by <see cref="BallotCheckpointer"/> through <c>ballot_checkpoints_advance</c>.</item>
/// <item><c>list_generations</c>: 64 counters bumped by every statement that appends events (ballots excepted: they
/// do not change the list) or writes the proposal list's documents, so a node can tell from one small read whether a
/// page it cached is still current.</item>
/// </list>
/// </summary>
public static class CountingSql
{
    public const string VoteClosedState = "PBV01";
    public const int Shards = 32;
    public const int GenerationSlots = 64;

    /// <summary>The index on <c>mt_events</c> that finds a cycle's ballot events by time; Marten is told to leave it alone.</summary>
    public const string BallotEventsIndex = "ballot_events_by_cycle_time";

    public static string Install(string schema) => Template.Replace("{s}", ChainSql.Checked(schema));

    private const string Template = """
        select pg_advisory_xact_lock(hashtext('{s}.counting'));

        create table if not exists {s}.ballot_counts (
          cycle_id uuid not null,
          proposal_id uuid not null,
          shard smallint not null,
          supporters bigint not null default 0,
          points bigint not null default 0,
          primary key (cycle_id, proposal_id, shard));

        create table if not exists {s}.vote_fences (
          cycle_id uuid primary key,
          seq_id bigint not null,
          closed_at timestamptz not null default now());

        create table if not exists {s}.counting_meta (counted_at timestamptz not null);

        create table if not exists {s}.list_generations (
          slot smallint primary key,
          n bigint not null default 0);
        insert into {s}.list_generations (slot) select g from generate_series(0, 63) g on conflict do nothing;

        -- The shard once came from the ballot's id, a parameter since gone: the old signature is dropped, not overloaded.
        drop function if exists {s}.count_ballot(uuid, uuid, jsonb, jsonb);
        create or replace function {s}.count_ballot(p_cycle uuid, p_old jsonb, p_new jsonb) returns void
        language plpgsql set plan_cache_mode = auto as $fn$
        declare
          k smallint := (pg_backend_pid() % 32)::smallint;
        begin
          for i in 1..32 loop
            exit when pg_try_advisory_xact_lock(hashtext('{s}.count.' || k), hashtext(p_cycle::text));
            k := ((k + 1) % 32)::smallint;
          end loop;
          insert into {s}.ballot_counts as c (cycle_id, proposal_id, shard, supporters, points)
          select p_cycle, d.proposal_id, k, sum(d.n), sum(d.pts)
          from (
            select (x->>'proposalId')::uuid as proposal_id, -1 as n, -coalesce((x->>'points')::bigint, 1) as pts
              from jsonb_array_elements(coalesce(p_old, '[]'::jsonb)) x
            union all
            select (x->>'proposalId')::uuid, 1, coalesce((x->>'points')::bigint, 1)
              from jsonb_array_elements(coalesce(p_new, '[]'::jsonb)) x
            union all
            select '00000000-0000-0000-0000-000000000000'::uuid, 1, 0 where p_old is null
          ) d
          group by d.proposal_id
          having sum(d.n) <> 0 or sum(d.pts) <> 0
          on conflict (cycle_id, proposal_id, shard)
          do update set supporters = c.supporters + excluded.supporters, points = c.points + excluded.points;
        end
        $fn$;

        create or replace function {s}.counting_event() returns trigger language plpgsql set plan_cache_mode = auto as $fn$
        declare
          v_cycle uuid;
          v_old jsonb;
        begin
          if NEW.type in ('ballot_cast', 'ballot_replaced') then
            v_cycle := (NEW.data->>'cycleId')::uuid;
            perform pg_advisory_xact_lock_shared(hashtext('{s}.vote'), hashtext(v_cycle::text));
            if exists (select 1 from {s}.vote_fences f where f.cycle_id = v_cycle) then
              raise exception 'vote-closed: the voting phase of cycle % has closed', v_cycle using errcode = 'PBV01';
            end if;
            if NEW.type = 'ballot_replaced' then
              select e.data->'selections' into v_old from {s}.mt_events e
               where e.stream_id = NEW.stream_id and e.version < NEW.version and e.type in ('ballot_cast', 'ballot_replaced')
               order by e.version desc limit 1;
              v_old := coalesce(v_old, '[]'::jsonb);
            end if;
            perform {s}.count_ballot(v_cycle, v_old, NEW.data->'selections');
          elsif NEW.type = 'phase_advanced' and lower(NEW.data->>'from') = 'voting' then
            v_cycle := (NEW.data->>'cycleId')::uuid;
            perform pg_advisory_xact_lock(hashtext('{s}.vote'), hashtext(v_cycle::text));
            insert into {s}.vote_fences (cycle_id, seq_id) values (v_cycle, NEW.seq_id) on conflict do nothing;
          end if;
          return null;
        end
        $fn$;

        -- Tallies as of an instant: checkpoints of each cycle's counts at instants T (every ballot event with a recorded
        -- timestamp <= T folded: each ballot stream's last event by version up to T), plus the delta up to the instant
        -- asked for: the streams with a ballot event in (T, at], each moved from its last event up to T to its last up to at.
        create table if not exists {s}.ballot_checkpoints (
          cycle_id uuid not null,
          at timestamptz not null,
          proposal_id uuid not null,
          supporters bigint not null,
          points bigint not null,
          primary key (cycle_id, at, proposal_id));
        create index if not exists ballot_events_by_cycle_time on {s}.mt_events ((data->>'cycleId'), "timestamp")
          where type in ('ballot_cast', 'ballot_replaced');

        create or replace function {s}.ballot_delta(p_cycle uuid, p_from timestamptz, p_to timestamptz)
        returns table (proposal_id uuid, supporters bigint, points bigint) language sql stable as $fn$
          with touched as (
            select distinct e.stream_id from {s}.mt_events e
             where e.type in ('ballot_cast', 'ballot_replaced') and e.data->>'cycleId' = p_cycle::text
               and e."timestamp" > p_from and e."timestamp" <= p_to),
          -- Each touched stream's ballot before and after, read through the stream's primary key only: with the ballot
          -- type and the instant in the WHERE clause the planner may AND in the partial cycle index on stale statistics,
          -- which read the whole index once per stream (0.7 s for 2,000 ballots right after a burst of casting).
          moved as (
            select m.old, m.new from touched t, lateral (
              select (array_agg(x.data->'selections' order by x.version desc)
                        filter (where x.type in ('ballot_cast', 'ballot_replaced') and x."timestamp" <= p_from))[1] as old,
                     (array_agg(x.data->'selections' order by x.version desc)
                        filter (where x.type in ('ballot_cast', 'ballot_replaced') and x."timestamp" <= p_to))[1] as new
                from {s}.mt_events x where x.stream_id = t.stream_id) m)
          select d.proposal_id, sum(d.n)::bigint, sum(d.pts)::bigint from (
            select (x->>'proposalId')::uuid as proposal_id, -1 as n, -coalesce((x->>'points')::bigint, 1) as pts
              from moved m, jsonb_array_elements(m.old) x
            union all
            select (x->>'proposalId')::uuid, 1, coalesce((x->>'points')::bigint, 1) from moved m, jsonb_array_elements(m.new) x
            union all
            select '00000000-0000-0000-0000-000000000000'::uuid,
                   (m.new is not null)::int - (m.old is not null)::int, 0 from moved m) d
          group by d.proposal_id
        $fn$;

        -- Planned at every call for its own cycle and instant (EXECUTE ... USING), whatever the session's plan_cache_mode:
        -- one plan for any instant, once PostgreSQL settles on a generic plan for the engine's prepared call, read the
        -- delta several times slower.
        create or replace function {s}.ballot_tally_at(p_cycle uuid, p_at timestamptz)
        returns table (proposal_id uuid, supporters bigint, points bigint) language plpgsql stable as $fn$
        begin
          return query execute $q$
            with cp as (select coalesce(max(c.at), '-infinity'::timestamptz) as at from {s}.ballot_checkpoints c
                         where c.cycle_id = $1 and c.at <= $2)
            select b.proposal_id, sum(b.supporters)::bigint, sum(b.points)::bigint from (
              select c.proposal_id, c.supporters, c.points from {s}.ballot_checkpoints c, cp where c.cycle_id = $1 and c.at = cp.at
              union all
              select d.proposal_id, d.supporters, d.points from cp, {s}.ballot_delta($1, cp.at, $2) d) b
            group by b.proposal_id
          $q$ using p_cycle, p_at;
        end
        $fn$;

        -- Adds checkpoints every p_every ballot events, up to now() - p_grace while the cycle votes (a ballot recorded at
        -- T commits within moments of T: the grace covers it) and up to now() once the close's fence is written (no
        -- ballot can commit after it). Each built from the previous one and the delta. One node at a time.
        create or replace function {s}.ballot_checkpoints_advance(p_grace interval, p_every int) returns int
        language plpgsql as $fn$
        declare
          c record;
          v_last timestamptz;
          v_target timestamptz;
          v_next timestamptz;
          v_made int := 0;
        begin
          if not pg_try_advisory_xact_lock(hashtext('{s}.ballot_checkpoints')) then return 0; end if;
          for c in select distinct b.cycle_id from {s}.ballot_counts b loop
            select coalesce(max(k.at), '-infinity'::timestamptz) into v_last from {s}.ballot_checkpoints k where k.cycle_id = c.cycle_id;
            v_target := case when exists (select 1 from {s}.vote_fences f where f.cycle_id = c.cycle_id) then now() else now() - p_grace end;
            loop
              select e."timestamp" into v_next from {s}.mt_events e
               where e.type in ('ballot_cast', 'ballot_replaced') and e.data->>'cycleId' = c.cycle_id::text
                 and e."timestamp" > v_last and e."timestamp" <= v_target
               order by e."timestamp" offset greatest(p_every, 1) - 1 limit 1;
              exit when not found;
              insert into {s}.ballot_checkpoints (cycle_id, at, proposal_id, supporters, points)
              select c.cycle_id, v_next, x.proposal_id, sum(x.supporters), sum(x.points) from (
                select k.proposal_id, k.supporters, k.points from {s}.ballot_checkpoints k where k.cycle_id = c.cycle_id and k.at = v_last
                union all
                select d.proposal_id, d.supporters, d.points from {s}.ballot_delta(c.cycle_id, v_last, v_next) d
                union all
                select '00000000-0000-0000-0000-000000000000'::uuid, 0, 0) x
              group by x.proposal_id
              having sum(x.supporters) <> 0 or sum(x.points) <> 0 or x.proposal_id = '00000000-0000-0000-0000-000000000000'::uuid
              on conflict do nothing;
              v_last := v_next;
              v_made := v_made + 1;
            end loop;
          end loop;
          return v_made;
        end
        $fn$;

        create or replace function {s}.list_generation_bump() returns trigger language plpgsql as $fn$
        begin
          update {s}.list_generations set n = n + 1 where slot = pg_backend_pid() % 64;
          return null;
        end
        $fn$;

        -- Ballots do not change the proposal list: a statement that appends ballot events only bumps nothing. That keeps
        -- a ballot's transaction free of generation row locks (casting is the busiest write of a vote day) and means a
        -- ballot holding the cycle's vote lock shared never waits for a row the close's transaction holds.
        create or replace function {s}.list_generation_events() returns trigger language plpgsql as $fn$
        begin
          if exists (select 1 from appended a where a.type not in ('ballot_cast', 'ballot_replaced')) then
            update {s}.list_generations set n = n + 1 where slot = pg_backend_pid() % 64;
          end if;
          return null;
        end
        $fn$;

        create or replace function {s}.counting_truncate() returns trigger language plpgsql as $fn$
        begin
          truncate {s}.ballot_counts, {s}.vote_fences, {s}.ballot_checkpoints;
          update {s}.list_generations set n = n + 1 where slot = 0;
          return null;
        end
        $fn$;


        create or replace trigger counting after insert on {s}.mt_events
          for each row when (NEW.type in ('ballot_cast', 'ballot_replaced', 'phase_advanced'))
          execute function {s}.counting_event();
        drop trigger if exists list_generation on {s}.mt_events;
        create or replace trigger list_generation_append after insert on {s}.mt_events
          referencing new table as appended
          for each statement execute function {s}.list_generation_events();
        create or replace trigger list_generation_delete after delete on {s}.mt_events
          for each statement execute function {s}.list_generation_bump();
        create or replace function {s}.ballot_checkpoints_clear() returns trigger language plpgsql as $fn$
        begin
          delete from {s}.ballot_checkpoints;
          return null;
        end
        $fn$;
        -- Events deleted (an archive, a test's cleanup): checkpoints are rebuilt from what remains.
        create or replace trigger ballot_checkpoints_delete after delete on {s}.mt_events
          for each statement execute function {s}.ballot_checkpoints_clear();
        create or replace trigger counting_truncate after truncate on {s}.mt_events
          for each statement execute function {s}.counting_truncate();
        do $do$
        declare
          t text;
        begin
          -- A history that predates the counts is counted once, exactly: the triggers above were created first in this
          -- transaction, and creating a trigger locks mt_events against inserts until it commits, so no ballot can
          -- commit between this count and the trigger counting the next one.
          if not exists (select 1 from {s}.counting_meta) then
            truncate {s}.ballot_counts, {s}.vote_fences, {s}.ballot_checkpoints;
            insert into {s}.ballot_counts (cycle_id, proposal_id, shard, supporters, points)
            select cycle_id, proposal_id, shard, sum(n), sum(pts) from (
              select (l.data->>'cycleId')::uuid as cycle_id, (x->>'proposalId')::uuid as proposal_id,
                     (abs(hashtext(l.stream_id::text)) % 32)::smallint as shard, 1 as n, coalesce((x->>'points')::bigint, 1) as pts
                from (select distinct on (stream_id) stream_id, data from {s}.mt_events
                       where type in ('ballot_cast', 'ballot_replaced') order by stream_id, version desc) l,
                     jsonb_array_elements(l.data->'selections') x
              union all
              select (data->>'cycleId')::uuid, '00000000-0000-0000-0000-000000000000'::uuid,
                     (abs(hashtext(stream_id::text)) % 32)::smallint, 1, 0
                from {s}.mt_events where type = 'ballot_cast') d
            group by cycle_id, proposal_id, shard;
            insert into {s}.vote_fences (cycle_id, seq_id)
            select distinct on ((data->>'cycleId')::uuid) (data->>'cycleId')::uuid, seq_id from {s}.mt_events
             where type = 'phase_advanced' and lower(data->>'from') = 'voting' order by (data->>'cycleId')::uuid, seq_id
            on conflict do nothing;
            insert into {s}.counting_meta (counted_at) values (now());
          end if;
          foreach t in array array['mt_doc_proposaldetails', 'mt_doc_supporttally'] loop
            if to_regclass('{s}.' || t) is not null then
              execute format('create or replace trigger list_generation after insert or update or delete or truncate on {s}.%I
                              for each statement execute function {s}.list_generation_bump()', t);
            end if;
          end loop;
        end
        $do$;
        """;
}
