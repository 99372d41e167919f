-- 责任分工: a task's unit clauses with the sentences each covers, kept for traceability where one
-- paragraph carries several unit brackets (…（合肥海关负责）巩固…（省商务厅牵头，合肥海关配合）).
-- units holds 'ROLE:printed name' in printed order.
create table task_clause (
    task_id       bigint not null references task (id) on delete cascade,
    position      integer not null,
    text          text not null,
    source_start  integer not null,
    source_end    integer not null,
    units         text[] not null,
    primary key (task_id, position)
);
