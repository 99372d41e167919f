package org.greenplan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.greenplan.parser.document.DocumentReaders;
import org.greenplan.parser.plan.ParseLimits;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.PlanParser;

/**
 * Writes the whole parse ({@code ParsedPlan.toString()}: header, headings, tasks with units, targets and
 * deadlines, issues) of every {@code .txt} under the given folders, as read by the txt reader and again with
 * all its line breaks removed (the body on one line, as a web copy arrives), one file per input and variant.
 * Run it with the jar of one commit and of another into two folders and {@code diff -r} them: a speed change
 * must leave every file identical.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.greenplan.bench.ParseFingerprints OUT DIR...}
 */
public final class ParseFingerprints {
    private ParseFingerprints() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ParseFingerprints OUT_DIR INPUT_DIR...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int written = 0;
        for (int i = 1; i < args.length; i++) {
            for (Path file : texts(Path.of(args[i]))) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getParent().getFileName() + "__" + file.getFileName();
                write(
                        out.resolve(name + ".lines"),
                        parse(text, file.getFileName().toString()));
                write(out.resolve(name + ".flat"), parse(text.replace("\r", "").replace("\n", ""), "flat.txt"));
                written += 2;
            }
        }
        System.err.println(written + " parses written to " + out);
    }

    private static List<Path> texts(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        return files;
    }

    private static String parse(String text, String fileName) {
        PlanParser parser = new PlanParser(ParseLimits.DEFAULTS.withMaxTasks(10_000));
        try {
            ParsedPlan plan = parser.parse(DocumentReaders.read(text.getBytes(StandardCharsets.UTF_8), fileName));
            return plan.toString().replace("), ", "),\n");
        } catch (RuntimeException refused) {
            return "refused: " + refused;
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
