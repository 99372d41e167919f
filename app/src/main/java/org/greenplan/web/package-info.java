/**
 * The web shell: page layout, language switching, error pages and web security (URL rules, login,
 * headers, 代为操作, the county or district office's region scope). Feature pages live in each module's
 * {@code web} sub-package; this module depends only on the accounts (who is signed in), the audit trail,
 * the unit directory and regions (acting as a unit, region scope) and the plan module's
 * {@code PlanRegionScope} seam, and none depends on it.
 *
 * <p>Tables (written by Spring Session, not by our code): {@code spring_session},
 * {@code spring_session_attributes}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"shared", "accounts", "audit", "organisation", "plan"})
package org.greenplan.web;
