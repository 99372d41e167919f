/**
 * Plans: the structure of a work-points document — headings, tasks, their responsible units
 * (assignments) and targets — and the read model that the ledger, the pages and the exports share.
 *
 * <p>API: {@link org.greenplan.plan.PlanCatalog} (read), returning the records of {@code plan.view};
 * {@link org.greenplan.plan.PlanStore} (publish, unit reassignment, and {@code amendTask}, the audited
 * amendment of a published task by an approved adjustment, {@link org.greenplan.plan.TaskAmendment}). The import module alone also uses
 * {@code plan.draft}: the draft input ({@code PlanDraft}, the plan's own types, so this module does not
 * depend on the parser) and the review writes ({@code Drafts}). Everything else is in
 * {@code internal}. Depends on no other module; it reads unit names from {@code responsible_unit} in
 * its queries but never writes it.
 *
 * <p>Tables (only this module writes them): {@code plan}, {@code plan_source}, {@code plan_node},
 * {@code task}, {@code assignment}, {@code target}, {@code task_clause}, {@code parse_issue}. Its audit
 * entries go through {@code audit::AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plan",
        allowedDependencies = {"shared", "audit"})
package org.greenplan.plan;
