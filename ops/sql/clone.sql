-- :copies copies of the template streams through the audit-chain trigger (clone-streams.sql's procedure), numbered
-- from :offset on; with :first_only true, only each stream's first event (a just-suggested proposal).
call bench_clone(:copies, :offset, :first_only);
