package org.greenplan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.greenplan.parser.document.DocumentReaders;
import org.greenplan.parser.plan.ParseLimits;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.PlanParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the parser takes on the 宿州 2022 work points (34 tasks, 8,778 bytes as UTF-8): from decoded text,
 * and from a .docx rendering (reader included); and on a document a hundred times as long. Next to them, the
 * floor they are compared with (goal: the parser within 10× of it): one scan of the same texts by a single
 * precompiled regular expression for the markers a reader looks for (numbers 一、 （一） 1. and unit
 * clauses), counting its matches — what any reading of the text costs at the least.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanParserBenchmark {
    /** Heading and task numbers at a line start, and bracketed unit clauses. */
    private static final Pattern MARKERS = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、])|[（(](?:责任|牵头|配合)单位[：:][^）)]*[）)]",
            Pattern.MULTILINE);

    private String text;
    private String hundredfold;
    private byte[] docx;

    @Setup
    public void load() throws IOException {
        try (InputStream in =
                PlanParserBenchmark.class.getResourceAsStream("/suzhou-2022-green-development-work-points.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        hundredfold = text + text.substring(text.indexOf("一、")).repeat(99);
        docx = docx(text);
    }

    @Benchmark
    public ParsedPlan parseText() {
        return new PlanParser().parse(text);
    }

    @Benchmark
    public ParsedPlan parseHundredfoldText() {
        return new PlanParser(ParseLimits.DEFAULTS.withMaxTasks(10_000)).parse(hundredfold);
    }

    @Benchmark
    public int regexScanText() {
        return countMarkers(text);
    }

    @Benchmark
    public int regexScanHundredfoldText() {
        return countMarkers(hundredfold);
    }

    @Benchmark
    public ParsedPlan readAndParseDocx() {
        return new PlanParser().parse(DocumentReaders.read(docx, "plan.docx").toText());
    }

    /** @return the 宿州 text */
    String text() {
        return text;
    }

    /** @return the 宿州 body a hundred times */
    String hundredfold() {
        return hundredfold;
    }

    /** @return the 宿州 text's length in bytes as UTF-8 */
    int textBytes() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** @return the 100× document's length in bytes as UTF-8 */
    int hundredfoldBytes() {
        return hundredfold.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int countMarkers(String text) {
        Matcher m = MARKERS.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
