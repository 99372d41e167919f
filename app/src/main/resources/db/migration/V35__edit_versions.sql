-- Optimistic locking for the review's task form (save, split, merge): each save names the version it
-- was made from and is refused when someone saved in between.
alter table task add column version integer not null default 0;
