/**
 * The command line: {@code parse} (no database), {@code import}, {@code export-ledger}, {@code demo-data}; {@code serve}
 * is handled by the application's main method.
 *
 * <p>An entry point like the web pages: it uses the import and reporting modules and nothing depends
 * on it. Tables: none.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {"shared", "planimport", "reporting", "demodata"})
package org.greenplan.cli;
