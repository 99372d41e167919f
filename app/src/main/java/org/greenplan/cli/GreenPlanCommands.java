package org.greenplan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the command line ({@code ./greenplan COMMAND …}).
 *
 * <p>Exit codes: 0 success; 1 unexpected failure; 2 the document or the arguments were refused (the
 * message says what and where); 3 the file was imported before.
 *
 * <p>Every command inherits {@code --help} (its usage on stdout, exit 0) and {@code --version}.
 */
@Command(
        name = "greenplan",
        // inherited, so that each subcommand answers --help before its own parameters are checked
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "GreenPlan 0.1.0",
        description = {"绿色发展行动督办平台 GreenPlan.", "  serve    run the web UI (http://localhost:8080)"},
        subcommands = {
            ParseCommand.class,
            ImportCommand.class,
            ExportLedgerCommand.class,
            EvalCommand.class,
            DemoDataCommand.class
        })
public final class GreenPlanCommands implements Runnable {
    static final int REFUSED = 2;
    static final int DUPLICATE = 3;

    private final Class<?> application;

    private GreenPlanCommands(Class<?> application) {
        this.application = application;
    }

    /**
     * Runs one command.
     *
     * @param application the Spring Boot application class, started (without its web server) by
     *                    commands that need the database
     * @param args        command and its arguments, e.g. {@code parse plan.txt --json}
     * @return the exit code
     */
    public static int run(Class<?> application, String... args) {
        return run(
                application,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                args);
    }

    /** Same as {@link #run(Class, String...)} with the given output streams (for tests). */
    public static int run(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GreenPlanCommands(application));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println(CliMessages.text("cli.error", String.valueOf(e.getMessage())));
            return 1;
        });
        return commandLine.execute(args);
    }

    /** Starts the application without its web server; the caller closes it. */
    org.springframework.context.ConfigurableApplicationContext startApplication() {
        return new org.springframework.boot.builder.SpringApplicationBuilder(application)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .logStartupInfo(false)
                // the command's own output goes to stdout; the framework only speaks up when something is wrong
                .properties(
                        "logging.level.root=WARN",
                        "logging.level.org.greenplan=WARN",
                        // a command attaches to a running web server's embedded database, never the reverse
                        "greenplan.database.embedded.role=command")
                .run();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
