/**
 * Reports built from the plan read model: the ledger (台账) as an Excel workbook; briefings and
 * assessments later. Depends on the other modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.greenplan.reporting;
