-- Where a reported value came from: ENTERED on the target panel (the values before progress reports,
-- kept as migrated history) or PROGRESS_REPORT (an approved report, whose id is kept).
alter table reported_value add column source text not null default 'ENTERED'
    check (source in ('ENTERED', 'PROGRESS_REPORT'));
alter table reported_value add column progress_report_id bigint;
