package org.greenplan.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greenplan.parser.plan.ParseLimits;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.greenplan.parser.targets.TargetPhraseParser;
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
 * The target reading alone: {@link TargetPhraseParser#read} over the text of every task of the 宿州 work
 * points (34 tasks) and of the 100× document (3,400 tasks), as the plan parser calls it once per task. Its
 * share of {@link PlanParserBenchmark}'s figures; divide B/op by the document's bytes (8,778 and 835,230)
 * for its part of the parser's bytes allocated per parsed byte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TargetReadingBenchmark {
    private final TargetPhraseParser targets = new TargetPhraseParser();
    private List<String> taskTexts;
    private List<String> hundredfoldTaskTexts;

    @Setup
    public void load() throws IOException {
        PlanParserBenchmark documents = new PlanParserBenchmark();
        documents.load();
        taskTexts = texts(documents.text());
        hundredfoldTaskTexts = texts(documents.hundredfold());
    }

    @Benchmark
    public int readTargetsOfText() {
        return readAll(taskTexts);
    }

    @Benchmark
    public int readTargetsOfHundredfoldText() {
        return readAll(hundredfoldTaskTexts);
    }

    /** @return the task texts the plan parser hands to the target reading */
    private static List<String> texts(String document) {
        return new PlanParser(ParseLimits.DEFAULTS.withMaxTasks(10_000))
                .parse(document).tasks().stream().map(ParsedTask::text).toList();
    }

    private int readAll(List<String> texts) {
        int found = 0;
        for (String text : texts) {
            found += targets.read(text).targets().size();
        }
        return found;
    }
}
