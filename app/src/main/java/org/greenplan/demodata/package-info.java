/**
 * Demonstration and load-test data ({@code ./greenplan demo-data --cities 16 --years 3}): plans in the
 * shape of the 宿州 document, imported and published through the real importer, their units confirmed
 * with contact persons, users per unit, reporting periods generated, opened and closed by the periods
 * module, and monthly progress reports loaded in batches by {@code progress::BulkReports} (the rows the
 * workflow writes, audit trail and target values included). The same seed gives the same data.
 *
 * <p>API: {@link org.greenplan.demodata.DemoData} with {@link org.greenplan.demodata.DemoOptions} and
 * {@link org.greenplan.demodata.DemoSummary}. Used only by the command line. Tables: none; it writes
 * through the modules that own them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demonstration data",
        allowedDependencies = {
            "shared",
            "accounts",
            "audit",
            "organisation",
            "planimport",
            "plan",
            "plan :: view",
            "periods",
            "progress"
        })
package org.greenplan.demodata;
