package org.greenplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.planimport.DuplicateImportException;
import org.greenplan.planimport.ImportRejectedException;
import org.greenplan.planimport.ImportResult;
import org.greenplan.planimport.PlanImporter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE [--publish]}: stores a plan as a DRAFT for the office to review and prints only its
 * review page's address on stdout ({@code http://localhost:8080/plans/7/review}); with {@code --publish}
 * it publishes at once and prints the plan page's address. The summary, duplicate warnings and parse
 * issues go to stderr.
 */
@Command(
        name = "import",
        description = "导入计划草稿 (import a plan as a draft and print its review URL; --publish publishes at once)")
final class ImportCommand implements Callable<Integer> {
    @picocli.CommandLine.Option(
            names = "--publish",
            description = "publish at once instead of leaving a draft to review")
    boolean publish;

    @picocli.CommandLine.Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "address of the web UI in the printed link (default http://localhost:$PORT, PORT 8080)")
    String baseUrl;

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
            PlanImporter importer = context.getBean(PlanImporter.class);
            String name = file.getFileName().toString();
            ImportResult result = publish ? importer.importAndPublish(bytes, name) : importer.importDraft(bytes, name);
            // INFO notes (web-page content removed) are information only: printed, never counted as issues to check
            List<ParseIssue> problems = result.issues().stream()
                    .filter(i -> i.severity() != ParseIssue.Severity.INFO)
                    .toList();
            spec.commandLine().getOut().println(link(result.planId()));
            err.println(CliMessages.text(
                    publish ? "cli.import.done" : "cli.import.draft",
                    String.valueOf(result.planId()),
                    result.title(),
                    String.valueOf(result.tasks()),
                    String.valueOf(result.units()),
                    String.valueOf(result.newUnits().size()),
                    String.valueOf(problems.size())));
            result.sameTitle()
                    .forEach(other -> err.println(CliMessages.text("cli.import.sameTitle", String.valueOf(other))));
            result.issues()
                    .forEach(issue -> err.println(CliMessages.text(
                            issue.severity() == ParseIssue.Severity.INFO ? "cli.import.note" : "cli.import.issue",
                            file,
                            String.valueOf(issue.line()),
                            String.valueOf(issue.column()),
                            CliMessages.text(issue))));
            return 0;
        } catch (ImportRejectedException refused) {
            err.println(CliMessages.text(refused));
            return GreenPlanCommands.REFUSED;
        } catch (DuplicateImportException duplicate) {
            err.println(CliMessages.glossed(duplicate));
            return GreenPlanCommands.DUPLICATE;
        }
    }

    /** @return the review page of a draft, or the plan page of a published plan */
    String link(long planId) {
        String base = baseUrl != null
                ? baseUrl
                : "http://localhost:"
                        + Optional.ofNullable(System.getenv("PORT")).orElse("8080");
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + "/plans/" + planId + (publish ? "" : "/review");
    }
}
