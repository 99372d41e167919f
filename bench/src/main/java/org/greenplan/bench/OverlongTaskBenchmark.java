package org.greenplan.bench;

import java.util.concurrent.TimeUnit;
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
 * A 6 MB task on one line (2,097,152 characters of target phrases, UTF-8 3 bytes each) must be refused
 * within 2 s (goal of the parser's bounded cost): the parser stops at the task-length limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OverlongTaskBenchmark {
    private String text;

    @Setup
    public void build() {
        String phrase = "培育绿色工厂2家以上，秸秆综合利用率达92%以上，";
        StringBuilder line = new StringBuilder("一、总体要求\n（一）推进\n1.");
        while (line.length() < 2 * 1024 * 1024) {
            line.append(phrase);
        }
        text = line.append("（责任单位：市林业局）\n").toString();
    }

    @Benchmark
    public ParsedPlan refuseSixMegabyteTask() {
        ParsedPlan plan = new PlanParser().parse(text);
        if (!plan.tasks().isEmpty() || plan.issues().isEmpty()) {
            throw new IllegalStateException("the overlong task was not refused");
        }
        return plan;
    }
}
