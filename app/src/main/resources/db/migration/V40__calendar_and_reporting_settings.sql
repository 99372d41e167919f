-- Holiday notices the office uploaded (one row per notice year) and their listed days. An uploaded year
-- replaces the shipped calendar/cn-holidays.csv for that year.
create table calendar_year (
    notice_year  integer primary key,
    file_name    text not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text
);
create table calendar_day (
    day          date primary key,
    notice_year  integer not null references calendar_year (notice_year) on delete cascade,
    kind         text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name         text not null default ''
);
create index calendar_day_year on calendar_day (notice_year);

-- Reporting settings per plan: how its periods are cut and when reports are due.
create table reporting_settings (
    plan_id               bigint primary key references plan (id) on delete cascade,
    periodicity           text not null check (periodicity in ('MONTHLY', 'QUARTERLY', 'CUSTOM')),
    due_day               integer not null check (due_day between 1 and 31),
    due_month             text not null check (due_month in ('PERIOD_END_MONTH', 'FOLLOWING_MONTH')),
    grace_days            integer not null check (grace_days between 0 and 60),
    co_unit_lead_days     integer not null check (co_unit_lead_days between 0 and 20),
    shift                 text not null check (shift in ('NEXT', 'PREVIOUS')),
    unit_leader_approval  boolean not null,
    version               integer not null default 0
);

-- Who lifted a lock exception, and why.
alter table period_lock_exception add column revoked_by text;
alter table period_lock_exception add column revoke_reason text;
