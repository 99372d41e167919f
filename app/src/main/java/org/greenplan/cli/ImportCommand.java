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
                    .printf(
                            "已导入并发布计划 %d：%s（%d 项任务，%d 个责任单位，新增单位 %d 个，待核问题 %d 条）%n",
                            result.planId(),
                            result.title(),
                            result.tasks(),
                            result.units(),
                            result.newUnits().size(),
                            result.issues().size());
            result.sameTitle()
                    .forEach(other -> err.println(
                            "注意：已有同标题、同印发日期的计划 " + other + "，请确认不是重复导入 (a plan with the same title and date exists)"));
            result.issues()
                    .forEach(issue ->
                            err.println(file + ":" + issue.line() + ":" + issue.column() + ": 待核 " + issue.message()));
            return 0;
        } catch (ImportRejectedException refused) {
            err.println(refused.getMessage());
            return GreenPlanCommands.REFUSED;
        } catch (DuplicateImportException duplicate) {
            err.println(duplicate.getMessage());
            return GreenPlanCommands.DUPLICATE;
        }
    }
}
