/**
 * The plan read model as other modules and the templates see it: tasks with their units, targets and
 * clauses, headings and the outline, parse issues, units with their task counts. Values only; they
 * come from {@link org.greenplan.plan.PlanCatalog}.
 */
@org.springframework.modulith.NamedInterface("view")
package org.greenplan.plan.view;
