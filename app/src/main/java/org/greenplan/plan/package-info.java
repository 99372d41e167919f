/**
 * Plans: the published structure of a work-points document — headings, tasks, their responsible
 * units (assignments) and targets — and the read model that the ledger, the pages and the exports
 * share.
 *
 * <p>API: {@link org.greenplan.plan.PlanStore} (write), {@link org.greenplan.plan.PlanCatalog} (read).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package org.greenplan.plan;
