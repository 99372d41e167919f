package org.greenplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The classes of the main sources that write given tables, found by reading their SQL text ({@code insert into},
 * {@code update}, {@code delete from}). Tests of a read model use it to list every writer of its inputs, so a new
 * writer fails them until someone decides whether it must invalidate the model.
 */
public final class TableWriters {
    private static final Path MAIN = Path.of("src/main/java/org/greenplan");
    private static final Pattern WRITE =
            Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b");

    private TableWriters() {}

    /**
     * @param tables table names in lower case
     * @return source path relative to {@code org/greenplan} (e.g. {@code progress/BulkReports.java}) → the
     *     tables of {@code tables} it writes, sorted
     * @throws UncheckedIOException when the sources cannot be read (the test runs from the {@code app} module)
     */
    public static Map<String, Set<String>> of(Set<String> tables) {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher write = WRITE.matcher(read(p));
                while (write.find()) {
                    String table = write.group(1).toLowerCase();
                    if (tables.contains(table)) {
                        writers.computeIfAbsent(MAIN.relativize(p).toString(), k -> new TreeSet<>())
                                .add(table);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writers;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
