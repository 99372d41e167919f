-- Optimistic locking of a target's evaluation settings (评价设置): a save names the version it read, and a
-- save made in between by someone else refuses it instead of silently overwriting it. A stored row starts at 1;
-- a target without a row is version 0.
alter table target_setting add column version integer not null default 1;
