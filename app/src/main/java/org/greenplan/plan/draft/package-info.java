/**
 * The plan module's draft input and review writes, for the import module only: {@link
 * org.greenplan.plan.draft.PlanDraft} (what an import stores, in the plan's own types — the plan
 * module does not know the parser), the office's corrections ({@code TaskEdit}, {@code AssignmentEdit},
 * {@code TargetEdit}) and {@link org.greenplan.plan.draft.Drafts}, which writes them. Drafts checks no
 * state: the import module's {@code ReviewService} locks the plan and refuses anything but a DRAFT.
 */
@org.springframework.modulith.NamedInterface("draft")
package org.greenplan.plan.draft;
