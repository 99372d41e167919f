-- Parse issues are shown in the reader's language: keep the issue's message key and arguments.
-- Rows stored before have no code; their Chinese message is shown as it is.
alter table parse_issue add column code text;
alter table parse_issue add column args text[] not null default '{}';
