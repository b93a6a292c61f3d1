-- Events recorded (tombstones of failed appends not counted).
select count(*) from budgeting.mt_events where type <> 'tombstone';
