package org.greenplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greenplan.planimport.DocumentParsing;
import org.greenplan.planimport.ImportRejectedException;
import org.greenplan.planimport.ParsedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse FILE [--json]}: prints the parsed plan; touches no database. */
@Command(name = "parse", description = "解析文件并输出大纲或 JSON，不写数据库 (parse a document; no database)")
final class ParseCommand implements Callable<Integer> {
    private static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the document to parse")
    Path file;

    @Option(names = "--json", description = "print JSON instead of the outline")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Optional<String> problem = InputFile.problem(file);
        if (problem.isPresent()) {
            spec.commandLine().getErr().println(problem.get());
            return GreenPlanCommands.REFUSED;
        }
        if (Files.size(file) > DEFAULT_MAX_BYTES) {
            spec.commandLine().getErr().println(CliMessages.text("cli.parse.tooLarge", file));
            return GreenPlanCommands.REFUSED;
        }
        try {
            ParsedDocument document =
                    new DocumentParsing(DEFAULT_MAX_BYTES).parse(Files.readAllBytes(file), file.toString());
            spec.commandLine().getOut().println(json ? PlanJson.write(document.plan()) : outline(document));
            return 0;
        } catch (ImportRejectedException refused) {
            spec.commandLine().getErr().println(CliMessages.text(refused));
            return GreenPlanCommands.REFUSED;
        }
    }

    private static String outline(ParsedDocument document) {
        StringBuilder text = new StringBuilder(document.plan().toOutline());
        document.plan()
                .issues()
                .forEach(issue -> text.append('\n')
                        .append("! <")
                        .append(issue.line())
                        .append(':')
                        .append(issue.column())
                        .append(">: ")
                        .append(CliMessages.text(issue)));
        return text.toString();
    }
}
