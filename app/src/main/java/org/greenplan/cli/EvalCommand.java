package org.greenplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.greenplan.parser.quality.Evaluation;
import org.greenplan.planimport.DocumentParsing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval DIR [--expected DIR]}: parses every document in DIR and prints task, unit and target
 * precision, recall and F1 against {@code NAME.expected.json} golden files, per document and overall.
 */
@Command(name = "eval", description = "对照标注文件评估解析质量 (score the parser against golden files)")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "folder of documents")
    Path documents;

    @Option(names = "--expected", paramLabel = "DIR", description = "folder of NAME.expected.json files (default: DIR)")
    Path expected;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(documents)) {
            spec.commandLine().getErr().println(CliMessages.text("cli.notAFolder", documents));
            return GreenPlanCommands.REFUSED;
        }
        DocumentParsing parsing = new DocumentParsing(Long.MAX_VALUE);
        Evaluation evaluation = new Evaluation(document -> parsing.read(
                Files.readAllBytes(document), document.getFileName().toString()));
        Path goldenDir = expected == null ? documents : expected;
        List<Evaluation.Row> rows = evaluation.run(documentFiles(), goldenDir);
        if (rows.isEmpty()) {
            spec.commandLine().getErr().println(CliMessages.text("cli.eval.noGoldenFiles", goldenDir));
            return GreenPlanCommands.REFUSED;
        }
        out.print(Evaluation.table(rows));
        out.flush();
        return 0;
    }

    private List<Path> documentFiles() throws IOException {
        try (Stream<Path> files = Files.list(documents)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }
}
