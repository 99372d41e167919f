package org.greenplan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.greenplan.parser.targets.TargetPhraseParser;
import org.greenplan.parser.targets.TargetReading;

/**
 * Writes what the target reading makes of every line, every sentence (up to 。) and every clause (up to ，；)
 * of every {@code .txt} under the given folders: far more texts than the tasks {@link ParseFingerprints}
 * reaches (headings, unit clauses, header lines and pieces of tasks included), so that a change to the target
 * reading that alters any result shows in {@code diff -r} of two runs with the jars of two commits.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.greenplan.bench.TargetFingerprints OUT DIR...}
 */
public final class TargetFingerprints {
    private static final TargetPhraseParser TARGETS = new TargetPhraseParser();

    private TargetFingerprints() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TargetFingerprints OUT_DIR INPUT_DIR...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int read = 0;
        for (int i = 1; i < args.length; i++) {
            for (Path file : texts(Path.of(args[i]))) {
                StringBuilder result = new StringBuilder();
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
                for (String line : text.split("\n")) {
                    read += readPieces(line, result);
                }
                Files.writeString(out.resolve(file.getParent().getFileName() + "__" + file.getFileName()), result);
            }
        }
        System.err.println(read + " texts read into " + out);
    }

    /** Reads the line, its sentences and its clauses; @return how many texts were read */
    private static int readPieces(String line, StringBuilder result) {
        List<String> pieces = new ArrayList<>(List.of(line));
        pieces.addAll(List.of(line.split("(?<=。)")));
        pieces.addAll(List.of(line.split("(?<=[，；。])")));
        for (String piece : pieces) {
            TargetReading reading = TARGETS.read(piece);
            result.append(piece).append('\n');
            reading.targets().forEach(t -> result.append("  ").append(t).append('\n'));
            if (reading.failed()) {
                result.append("  failed: ").append(reading.failure()).append('\n');
            }
        }
        return pieces.size();
    }

    private static List<Path> texts(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        return files;
    }
}
