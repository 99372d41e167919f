-- The audit trail records who (the user, and the unit an office admin acted as), which task and unit a
-- change concerns (to query it per task and per user), and each changed field with old and new values.
alter table audit_event add column actor_user_id bigint;
alter table audit_event add column acting_as_unit_id bigint;
alter table audit_event add column task_id bigint;
alter table audit_event add column unit_id bigint;
alter table audit_event add column field text;
alter table audit_event add column old_value text;
alter table audit_event add column new_value text;
create index audit_event_task on audit_event (task_id, occurred_at);
create index audit_event_actor on audit_event (actor_user_id, occurred_at);
