/**
 * Reports built from the plan read model: the ledger (台账) as an Excel workbook (one flat sheet or one
 * per section, streaming for large plans) or CSV ({@link org.greenplan.reporting.LedgerExport}), and
 * the roll-up of county and district plans into a city plan's targets
 * ({@link org.greenplan.reporting.RegionRollup}). Depends on the plan, target and progress modules
 * (only approved progress reports feed what leaders see: {@code progress::ApprovedProgress}), on
 * {@code supervision} for every task's status (so the ledger's counts equal the dashboard's), on
 * {@code periods} for due dates, and on {@code organisation} for the region tree; nothing but the
 * command line's {@code export-ledger} depends on it. Tables: none.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {
            "plan",
            "plan :: view",
            "targets",
            "progress",
            "supervision",
            "periods",
            "organisation",
            "shared"
        })
package org.greenplan.reporting;
