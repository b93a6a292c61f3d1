using Budgeting.Api.Audit.Chain;

namespace Budgeting.Api.Cycles.Counting;

/// <summary>
/// The engine's counting objects, installed beside the hash chain (same schema, same way, idempotent):
/// <list type="bullet">
/// <item><c>ballot_counts</c>: per cycle and proposal, 32 shard rows of supporters and points (the all-zero proposal id
/// holds the number of ballots), summed on read. A ballot writes the shard its id hashes to, so 32 clients voting for
/// the same popular proposal rarely wait for one another's row.</item>
/// <item><c>count_ballot(cycle, ballot, old, new)</c>: moves one ballot's counts from its old selections (null for a new
/// ballot) to its new ones. The trigger on <c>mt_events</c> calls it for every <c>ballot_cast</c> and
/// <c>ballot_replaced</c> row, in the transaction that appends the event: a count can neither run ahead of nor lag
/// behind the ballots committed.</item>
/// <item>The close of voting as a fence: a ballot's row takes the cycle's advisory lock shared, then refuses with
/// SQLSTATE PBV01 (<c>vote-closed</c>) when <c>vote_fences</c> holds the cycle; the <c>phase_advanced</c> row leaving
/// voting takes the same lock exclusively and writes the fence. A ballot committed before the close committed is
/// therefore in the tally the allocation reads; one arriving after it is refused; none is acknowledged and left out.</item>
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

        create or replace function {s}.count_ballot(p_cycle uuid, p_ballot uuid, p_old jsonb, p_new jsonb) returns void
        language plpgsql set plan_cache_mode = auto as $fn$
        declare
          k smallint := (abs(hashtext(p_ballot::text)) % 32)::smallint;
        begin
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
            perform {s}.count_ballot(v_cycle, NEW.stream_id, v_old, NEW.data->'selections');
          elsif NEW.type = 'phase_advanced' and lower(NEW.data->>'from') = 'voting' then
            v_cycle := (NEW.data->>'cycleId')::uuid;
            perform pg_advisory_xact_lock(hashtext('{s}.vote'), hashtext(v_cycle::text));
            insert into {s}.vote_fences (cycle_id, seq_id) values (v_cycle, NEW.seq_id) on conflict do nothing;
          end if;
          return null;
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
          truncate {s}.ballot_counts, {s}.vote_fences;
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
            truncate {s}.ballot_counts, {s}.vote_fences;
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
          foreach t in array array['mt_doc_proposallistitem', 'mt_doc_supporttally'] loop
            if to_regclass('{s}.' || t) is not null then
              execute format('create or replace trigger list_generation after insert or update or delete or truncate on {s}.%I
                              for each statement execute function {s}.list_generation_bump()', t);
            end if;
          end loop;
        end
        $do$;
        """;
}
