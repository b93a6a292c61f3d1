-- A deadline's phase advances on the cycle :'stream': how many, and the seconds from :due (epoch seconds) to the first
-- (empty when none).
select count(*), round(extract(epoch from min(timestamp)))::bigint - :due
from budgeting.mt_events where stream_id = :'stream' and type = 'phase_advanced';
