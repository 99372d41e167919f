-- The dashboard's read model of a plan's current results (issue 11): its answers are kept in each app node's
-- memory under the plan's current generation, raised in the writing transaction by every change that can
-- alter them (a report submitted, returned or approved in any period, a period opened, closed or generated,
-- the plan published, withdrawn or amended, and every change that already raises the closed periods'
-- generation of V105). A node reads this number (one indexed row) before it answers, so an answer kept by
-- any node is used only while nothing it depends on has changed, whichever node made the change.
alter table period_result_generation add column current_generation bigint not null default 0;
