/**
 * The command line: {@code parse} (no database), {@code import}, {@code export-ledger}; {@code serve}
 * is handled by the application's main method.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.greenplan.cli;
