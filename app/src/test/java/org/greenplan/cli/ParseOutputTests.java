package org.greenplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.greenplan.GreenPlanApplication;
import org.greenplan.parser.document.SuzhouRenderings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parse FILE --json} prints JSON and nothing else on standard output, whatever the format read
 * (libraries such as POI log while reading a .doc): run as its own process, as {@code ./greenplan} runs it,
 * so that logging is set up as in real use, and piped through a JSON parser.
 */
class ParseOutputTests {

    @TempDir
    Path folder;

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("txt", (Supplier<byte[]>) SuzhouRenderings::txt),
                Arguments.of("docx", (Supplier<byte[]>) SuzhouRenderings::docx),
                Arguments.of("doc", (Supplier<byte[]>) SuzhouRenderings::doc),
                Arguments.of("pdf", (Supplier<byte[]>) SuzhouRenderings::pdf),
                Arguments.of("ofd", (Supplier<byte[]>) SuzhouRenderings::ofd),
                Arguments.of("html", (Supplier<byte[]>) SuzhouRenderings::html));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void printsOnlyJsonOnStandardOutput(String format, Supplier<byte[]> rendering) throws Exception {
        Path file = Files.write(folder.resolve("plan." + format), rendering.get());

        Run run = runCommand("parse", file.toString(), "--json");

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out.strip()).startsWith("{").endsWith("}");
        JsonNode json = JsonMapper.builder().build().readTree(run.out);
        assertThat(json.path("title").asString()).isEqualTo("宿州市实施绿色发展行动2022年工作要点");
        assertThat(json.path("tasks").size()).isEqualTo(34);
    }

    private record Run(int exit, String out, String err) {}

    private static Run runCommand(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = Stream.concat(
                        Stream.of(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                GreenPlanApplication.class.getName()),
                        Stream.of(args))
                .toArray(String[]::new);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
        errReader.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        errReader.join();
        return new Run(process.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        try {
            in.transferTo(to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
