-- Reporting periods (调度周期) of a plan. due_on is the lead units' due date and co_unit_due_on the
-- co-operating units', both on the working-day calendar; grace_until is the last day a report still
-- counts as on time. A CLOSED period is locked: nothing in it changes except through a lock exception.
create table reporting_period (
    id               bigserial primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    label            text not null,
    starts_on        date not null,
    ends_on          date not null,
    due_on           date not null,
    co_unit_due_on   date not null,
    grace_until      date not null,
    state            text not null default 'PLANNED' check (state in ('PLANNED', 'OPEN', 'CLOSED')),
    opened_at        timestamptz,
    opened_by        text,
    closed_at        timestamptz,
    closed_by        text,
    close_reason     text,
    version          integer not null default 0,
    unique (plan_id, label),
    check (starts_on <= ends_on)
);
create index reporting_period_plan on reporting_period (plan_id, starts_on);

-- A lock exception (解锁): the office reopens one unit's report in a closed period, with a reason.
create table period_lock_exception (
    id          bigserial primary key,
    period_id   bigint not null references reporting_period (id) on delete cascade,
    unit_id     bigint not null references responsible_unit (id),
    task_id     bigint references task (id) on delete cascade,
    reason      text not null,
    granted_by  text not null,
    granted_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
create index period_lock_exception_period on period_lock_exception (period_id, unit_id);
