-- Performance (issue 11). progress_report had no index leading with plan_id, so every plan-wide read
-- (approved progress, pending reports, plan timeliness) scanned all reports of every plan: 96,009 rows
-- per statement on the province demo data, 84 such scans per dashboard request.
create index progress_report_plan on progress_report (plan_id, period_id);

-- The dashboard's read model of closed periods: each task's status on the period's last day and each
-- expected report's timeliness, as the period's trend column needs them. A closed period changes only
-- through a reopening, a report submitted under a lock exception, or a late approval or return: those
-- events raise the plan's generation in the same transaction, and a row of an older generation is
-- never read (and is replaced on the next request).
create table period_result_generation (
    plan_id     bigint primary key references plan (id) on delete cascade,
    generation  bigint not null
);

create table period_result (
    period_id    bigint primary key references reporting_period (id) on delete cascade,
    plan_id      bigint not null references plan (id) on delete cascade,
    generation   bigint not null,
    statuses     text not null, -- taskId=STATUS separated by ';'
    cells        text not null, -- unitId:taskId=TIMELINESS separated by ';'
    computed_at  timestamptz not null default now()
);
