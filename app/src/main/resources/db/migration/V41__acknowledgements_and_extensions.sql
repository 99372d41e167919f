-- 签收: a unit acknowledges the tasks a published plan gives it (one row per plan and unit).
create table plan_acknowledgement (
    plan_id          bigint not null references plan (id) on delete cascade,
    unit_id          bigint not null references responsible_unit (id),
    task_count       integer not null,
    acknowledged_at  timestamptz not null,
    acknowledged_by  text not null,
    actor_user_id    bigint,
    primary key (plan_id, unit_id)
);

-- 延期申请: a unit asks for a later due date for one task in one period; the office grants (keeping the
-- original date) or refuses, with a reason.
create table extension_request (
    id                bigserial primary key,
    period_id         bigint not null references reporting_period (id) on delete cascade,
    unit_id           bigint not null references responsible_unit (id),
    task_id           bigint not null references task (id) on delete cascade,
    original_due_on   date not null,
    requested_due_on  date not null,
    reason            text not null,
    state             text not null default 'REQUESTED' check (state in ('REQUESTED', 'GRANTED', 'REFUSED')),
    filed_at          timestamptz not null,
    filed_by          text not null,
    granted_due_on    date,
    decided_at        timestamptz,
    decided_by        text,
    decision_reason   text,
    version           integer not null default 0,
    check (requested_due_on > original_due_on),
    check (granted_due_on is null or granted_due_on > original_due_on)
);
create unique index extension_request_pending on extension_request (period_id, unit_id, task_id)
    where state = 'REQUESTED';
create index extension_request_unit on extension_request (unit_id, period_id);
