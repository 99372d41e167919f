-- One counter for every plan's stored closed-period results (the dashboard's read model, V105): raised when
-- something that every plan's past statuses depend on changes (an imported holiday calendar, the global
-- settings) and at every start of the application, whose status rules may have changed with a new release.
-- A stored result counts only while the plan's generation plus this epoch is what it was stored under; both
-- only grow, so their sum does too.
create table period_result_epoch (
    id     boolean primary key default true check (id),
    epoch  bigint not null
);
insert into period_result_epoch (id, epoch) values (true, 0);
