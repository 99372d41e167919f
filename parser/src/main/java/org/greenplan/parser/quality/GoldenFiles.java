package org.greenplan.parser.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds golden-file pairs: a document {@code NAME.ext} with its expected reading
 * {@code NAME.expected.json} in the same folder (or in a folder of golden files).
 */
public final class GoldenFiles {
    /** The one suffix of a golden file, after the document's name without its extension. */
    public static final String SUFFIX = ".expected.json";

    private GoldenFiles() {}

    /**
     * A document and its golden file.
     *
     * @param name     the document's file name without extension
     * @param document the document file
     * @param golden   its {@code NAME.expected.json}
     */
    public record Pair(String name, Path document, Path golden) {}

    /**
     * @param folder a fixtures folder
     * @param extension the documents' extension without dot, e.g. {@code txt}
     * @return every {@code NAME.extension} of the folder that has a {@code NAME.expected.json} beside it,
     *         sorted by name
     * @throws IOException when the folder cannot be listed
     */
    public static List<Pair> pairs(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + extension))
                    .sorted()
                    .map(p -> new Pair(
                            p.getFileName().toString().replaceFirst("\\.[^.]+$", ""),
                            p,
                            Evaluation.goldenFile(p, folder)))
                    .filter(pair -> Files.isRegularFile(pair.golden()))
                    .toList();
        }
    }
}
