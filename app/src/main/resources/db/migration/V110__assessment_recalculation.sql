-- 考核 (assessment): an open round's computed parts follow the data (reports approved or returned, close-outs,
-- extensions, targets, settings); what people entered is kept. Each entry remembers what its unit saw when it
-- submitted its self-assessment and what the office saw when it decided, so that a change since is shown.
alter table assessment_round
    add column recalculated_at timestamptz;

alter table assessment_entry
    add column recalculated_at         timestamptz,
    add column previous_computed       numeric(6, 2),
    add column basis_attainment        numeric(6, 2),
    add column basis_timeliness        numeric(6, 2),
    add column basis_completeness      numeric(6, 2),
    add column basis_late_deduction    numeric(6, 2),
    add column basis_missing_deduction numeric(6, 2),
    add column basis_computed          numeric(6, 2),
    add column reviewed_computed       numeric(6, 2);

-- rounds opened before: their scores never moved, so what was submitted or decided was the stored score
update assessment_entry
set basis_attainment = attainment, basis_timeliness = timeliness, basis_completeness = completeness,
    basis_late_deduction = late_deduction, basis_missing_deduction = missing_deduction, basis_computed = computed
where submitted_at is not null;

update assessment_entry set reviewed_computed = computed where state in ('ACCEPTED', 'ADJUSTED');
