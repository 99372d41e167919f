-- Mistakes can be undone, with a trace.
-- A published plan can be withdrawn (撤回): it leaves the lists but is kept with everything reported.
alter table plan drop constraint plan_state_check;
alter table plan add constraint plan_state_check check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN'));
alter table plan add column withdrawn_at timestamptz;
alter table plan add column withdrawal_reason text;

-- A reported value can be corrected (a later entry for the same period with its reason) or withdrawn
-- (every entry of the period is marked, with the reason; none counts). Nothing is deleted.
alter table reported_value add column reason text;
alter table reported_value add column corrects_id bigint references reported_value (id) on delete set null;
alter table reported_value add column withdrawn_at timestamptz;
alter table reported_value add column withdrawal_reason text;

-- Append-only trail of the office's changes: who (no accounts yet: null), when, what, and why. It
-- outlives what it describes (a discarded plan's entry stays), so it has no foreign keys.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor        text,
    entity       text not null,
    entity_id    bigint not null,
    action       text not null,
    detail       text,
    reason       text
);
create index audit_event_entity on audit_event (entity, entity_id, occurred_at);
