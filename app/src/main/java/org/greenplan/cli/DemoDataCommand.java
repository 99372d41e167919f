package org.greenplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.greenplan.demodata.DemoData;
import org.greenplan.demodata.DemoOptions;
import org.greenplan.demodata.DemoSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code demo-data --cities 16 --years 3 [--seed 42] [--today DATE] [--reporters-csv FILE] [--tasks-per-section 5]}:
 * fills an empty database with province-scale demonstration and load-test data ({@link DemoData}) and prints only a
 * one-line JSON summary on stdout (counts, the users' password, seconds taken); a progress line per plan
 * goes to stderr.
 */
@Command(name = "demo-data", description = "生成演示与压测数据 (generate demonstration and load-test data)")
final class DemoDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    GreenPlanCommands parent;

    @Option(names = "--cities", defaultValue = "16", description = "cities, 1-16, one plan each per year")
    int cities;

    @Option(names = "--years", defaultValue = "3", description = "plan years, ending with the current one")
    int years;

    @Option(names = "--seed", defaultValue = "42", description = "random seed; the same seed gives the same data")
    long seed;

    @Option(names = "--today", paramLabel = "DATE", description = "the day the data stands on (default: today)")
    LocalDate today;

    @Option(names = "--reporters-csv", paramLabel = "FILE", description = "write the open periods' report keys")
    Path reportersCsv;

    @Option(
            names = "--tasks-per-section",
            defaultValue = "5",
            description = "tasks in each of a plan's 12 sections, 1-250 (250: one plan of 3,000 tasks)")
    int tasksPerSection;

    @Override
    public Integer call() {
        DemoOptions options;
        try (ConfigurableApplicationContext context = parent.startApplication()) {
            LocalDate day = today != null ? today : LocalDate.now(context.getBean(java.time.Clock.class));
            try {
                options = new DemoOptions(cities, years, seed, day, reportersCsv, tasksPerSection);
            } catch (IllegalArgumentException refused) {
                spec.commandLine().getErr().println(refused.getMessage());
                return GreenPlanCommands.REFUSED;
            }
            DemoSummary summary = context.getBean(DemoData.class)
                    .generate(options, line -> spec.commandLine().getErr().println(line));
            spec.commandLine().getOut().println(JsonMapper.builder().build().writeValueAsString(summary));
            return 0;
        }
    }
}
