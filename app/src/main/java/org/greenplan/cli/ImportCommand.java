package org.greenplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greenplan.planimport.DuplicateImportException;
import org.greenplan.planimport.ImportRejectedException;
import org.greenplan.planimport.ImportResult;
import org.greenplan.planimport.PlanImporter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE}: stores and publishes a plan. */
@Command(name = "import", description = "导入并发布计划 (import and publish a plan)")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    GreenPlanCommands parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "the document to import")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = InputFile.problem(file);
        if (problem.isPresent()) {
            err.println(problem.get());
            return GreenPlanCommands.REFUSED;
        }
        byte[] bytes = Files.readAllBytes(file);
        try (ConfigurableApplicationContext context = parent.startApplication()) {
            ImportResult result = context.getBean(PlanImporter.class)
                    .importAndPublish(bytes, file.getFileName().toString());
            spec.commandLine()
                    .getOut()
                    .println(CliMessages.text(
                            "cli.import.done",
                            String.valueOf(result.planId()),
                            result.title(),
                            String.valueOf(result.tasks()),
                            String.valueOf(result.units()),
                            String.valueOf(result.newUnits().size()),
                            String.valueOf(result.issues().size())));
            result.sameTitle()
                    .forEach(other -> err.println(CliMessages.text("cli.import.sameTitle", String.valueOf(other))));
            result.issues()
                    .forEach(issue -> err.println(CliMessages.text(
                            "cli.import.issue",
                            file,
                            String.valueOf(issue.line()),
                            String.valueOf(issue.column()),
                            CliMessages.text(issue))));
            return 0;
        } catch (ImportRejectedException refused) {
            err.println(CliMessages.text(refused));
            return GreenPlanCommands.REFUSED;
        } catch (DuplicateImportException duplicate) {
            err.println(CliMessages.text(duplicate));
            return GreenPlanCommands.DUPLICATE;
        }
    }
}
