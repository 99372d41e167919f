-- ShedLock's lock rows: a scheduled job runs on one app node only (see org.greenplan.scheduling).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
