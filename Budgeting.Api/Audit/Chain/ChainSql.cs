using System.Text.RegularExpressions;

namespace Budgeting.Api.Audit.Chain;

/// <summary>
/// The hash chain's database objects. Each row of mt_events gets a link in audit_event_hashes:
/// hash = sha256(prev_hash || utf8(audit_canonical(row))), prev_hash being the hash of the same
/// stream's previous version (32 zero bytes for a stream's first event).
/// Both functions are PL/pgSQL so that PostgreSQL keeps their statements' plans for the session (a SQL-language
/// function re-plans its query at every call), and the link runs with plan_cache_mode = auto whatever the session's
/// setting (the engine's connections force per-execution plans for the list's sake; BENCHMARKS.md).
/// </summary>
public static partial class ChainSql
{
    public const string ResetSetting = "budgeting.allow_reset";

    public static string Install(string schema) => Template.Replace("{s}", Checked(schema));

    public static string Checked(string schema) =>
        Identifier().IsMatch(schema) ? schema : throw new ArgumentException($"unsupported schema name '{schema}'");

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Identifier();

    private const string Template = """
        select pg_advisory_xact_lock(hashtext('{s}.audit_chain'));

        create or replace function {s}.audit_canonical(e {s}.mt_events) returns text language plpgsql stable as $fn$
        begin
          return (select jsonb_object_agg(j.key, case j.key
              when 'timestamp' then to_jsonb(to_char(e."timestamp" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
              else j.value end)::text
          from jsonb_each(to_jsonb(e)) j
          where j.key not in ('is_archived', 'is_skipped') and j.value <> 'null'::jsonb);
        end
        $fn$;

        create or replace function {s}.audit_link(e {s}.mt_events) returns void language plpgsql
        set plan_cache_mode = auto as $fn$
        declare
          prev bytea;
        begin
          if e.type <> 'tombstone' then
            select h.hash into prev from {s}.audit_event_hashes h
             where h.stream_id = e.stream_id::text and h.version < e.version
             order by h.version desc limit 1;
          end if;
          prev := coalesce(prev, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
          insert into {s}.audit_event_hashes (seq_id, stream_id, version, prev_hash, hash)
          values (e.seq_id, e.stream_id::text, e.version, prev,
                  sha256(prev || convert_to({s}.audit_canonical(e), 'UTF8')));
        end
        $fn$;

        do $do$
        declare
          r {s}.mt_events;
        begin
          if to_regclass('{s}.audit_event_hashes') is null then
            create table {s}.audit_event_hashes (
              seq_id bigint primary key,
              stream_id text not null,
              version bigint not null,
              prev_hash bytea not null,
              hash bytea not null,
              unique (stream_id, version));
            for r in select * from {s}.mt_events order by seq_id loop
              perform {s}.audit_link(r);
            end loop;
          end if;
        end
        $do$;

        create or replace function {s}.audit_chain_event() returns trigger language plpgsql as $fn$
        begin
          perform {s}.audit_link(NEW);
          return null;
        end
        $fn$;

        create or replace function {s}.audit_guard_events() returns trigger language plpgsql as $fn$
        begin
          if current_setting('budgeting.allow_reset', true) = 'on' then
            if TG_OP = 'TRUNCATE' then
              truncate {s}.audit_event_hashes;
            elsif TG_OP = 'DELETE' then
              delete from {s}.audit_event_hashes where seq_id = OLD.seq_id;
            end if;
            return coalesce(NEW, OLD);
          end if;
          if TG_OP = 'UPDATE' and to_jsonb(NEW) - 'is_archived' - 'is_skipped' = to_jsonb(OLD) - 'is_archived' - 'is_skipped' then
            return NEW;
          end if;
          raise exception 'events are append-only: % on {s}.mt_events is refused', TG_OP
            using errcode = 'insufficient_privilege',
                  hint = 'a test or reset path may set budgeting.allow_reset = on for its session';
        end
        $fn$;

        create or replace trigger audit_chain after insert on {s}.mt_events
          for each row execute function {s}.audit_chain_event();
        create or replace trigger audit_guard before update or delete on {s}.mt_events
          for each row execute function {s}.audit_guard_events();
        create or replace trigger audit_guard_truncate before truncate on {s}.mt_events
          for each statement execute function {s}.audit_guard_events();
        """;
}
