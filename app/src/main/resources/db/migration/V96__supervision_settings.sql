-- Per-plan supervision settings (督办规则设置): how the status rules of the supervision module apply.
create table supervision_settings (
    plan_id             bigint primary key references plan (id) on delete cascade,
    stagnation_days     integer not null check (stagnation_days between 5 and 250),
    late_report_yellow  boolean not null,
    co_unit_reports     boolean not null,
    red_needs_explanation boolean not null,
    version             integer not null default 0
);
