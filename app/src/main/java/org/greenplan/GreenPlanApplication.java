package org.greenplan;

import java.util.List;
import java.util.Locale;
import org.greenplan.cli.GreenPlanCommands;
import org.greenplan.database.DataDirectoryInUseException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GreenPlan (绿色发展行动督办平台): the web application and the command line in one jar.
 *
 * <p>{@code serve} starts the web UI; every other command (no argument prints the usage) is handled by
 * {@link GreenPlanCommands}, which starts only what the command needs ({@code parse} touches no database).
 */
@SpringBootApplication
public class GreenPlanApplication {

    /**
     * The clock every "today" is read from: plans, deadlines and reporting periods are in the office's
     * time zone ({@code greenplan.time-zone}, default Asia/Shanghai), not the server's.
     */
    @org.springframework.context.annotation.Bean
    java.time.Clock clock(
            @org.springframework.beans.factory.annotation.Value("${greenplan.time-zone:Asia/Shanghai}")
                    java.time.ZoneId zone) {
        return java.time.Clock.system(zone);
    }

    /** Prints moments in the clock's zone on every page ({@code @officeTime} in templates). */
    @org.springframework.context.annotation.Bean
    org.greenplan.shared.OfficeTime officeTime(java.time.Clock clock) {
        return new org.greenplan.shared.OfficeTime(clock);
    }

    /** Sets typed reasons inside sentences of the messages ({@code @sentences} in templates). */
    @org.springframework.context.annotation.Bean
    org.greenplan.shared.Sentences sentences() {
        return new org.greenplan.shared.Sentences();
    }

    /** Prints file sizes ({@code @byteSizes} in templates). */
    @org.springframework.context.annotation.Bean
    org.greenplan.shared.ByteSizes byteSizes() {
        return new org.greenplan.shared.ByteSizes();
    }

    public static void main(String[] args) {
        if (args.length > 1
                && "serve".equals(args[0])
                && List.of("-h", "--help").contains(args[1])) {
            System.out.println(
                    "Usage: greenplan serve [--server.port=N] [--spring.datasource.url=…]  (web UI, default http://localhost:8080)");
            return;
        }
        if (args.length > 0 && "serve".equals(args[0])) {
            serve(withoutServe(args));
            return;
        }
        System.exit(GreenPlanCommands.run(GreenPlanApplication.class, args));
    }

    /**
     * Runs the web server and, once it is ready, prints the address to open on standard error (stdout carries
     * only what a command is asked for). When another GreenPlan holds the embedded database, Spring Boot has
     * already printed who (DataDirectoryInUseFailureAnalyzer): exit with
     * {@link DataDirectoryInUseException#EXIT_CODE} and no stack trace.
     */
    private static void serve(String[] args) {
        try {
            ConfigurableApplicationContext server = SpringApplication.run(GreenPlanApplication.class, args);
            // the command line speaks the office's Chinese, as every command's messages do
            System.err.println(server.getMessage(
                    "serve.ready", new Object[] {ServeAddress.of(server.getEnvironment())}, Locale.SIMPLIFIED_CHINESE));
        } catch (RuntimeException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof DataDirectoryInUseException) {
                    System.exit(DataDirectoryInUseException.EXIT_CODE);
                }
            }
            throw failed;
        }
    }

    private static String[] withoutServe(String[] args) {
        return args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
    }
}
