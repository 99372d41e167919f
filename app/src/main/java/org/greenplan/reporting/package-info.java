/**
 * Reports built from the plan read model: the ledger (台账) as an Excel workbook; briefings and
 * assessments later. Depends on the plan, target and progress modules (only approved progress
 * reports feed what leaders see: {@code progress::ApprovedProgress}); nothing but the command line's
 * {@code export-ledger} depends on it. Tables: none.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"plan", "plan :: view", "targets", "progress", "shared"})
package org.greenplan.reporting;
