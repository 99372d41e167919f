-- The read model of the unit workspace /my (issue 11): each app node keeps a unit's answer (its due tasks in
-- the open periods and the plans it has not acknowledged) in memory under the generations below, read from
-- the database before every answer (one indexed statement), so a change made on any node is seen at once.
-- A plan's generation is raised in the writing transaction of every change to what the plan shows all its
-- units (a period opened, closed or added, the plan published, withdrawn or amended, an extension granted, a
-- close-out, the calendar, a unit merged, a batch of loaded reports); a unit's generation by every write of
-- one of its reports (a draft saved, submitted, returned, approved, the unit leader's approval), so that a
-- deadline surge of many units never contends for one row. Both numbers only grow.
create table unit_workspace_plan_generation (
    plan_id     bigint primary key references plan (id) on delete cascade,
    generation  bigint not null
);

create table unit_workspace_unit_generation (
    unit_id     bigint primary key references responsible_unit (id) on delete cascade,
    generation  bigint not null
);
