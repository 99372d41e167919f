package org.greenplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The operations of {@link PlanParserBenchmark} timed by the thread's CPU time instead of wall time: on a
 * machine shared with other builds a descheduled thread inflates JMH's wall-clock scores, while its CPU time
 * counts only the cycles it ran (still inflated by caches the other processes share). Prints, per operation,
 * the best of several rounds of CPU microseconds per call, MB/s of UTF-8 input by that time, and the ratio of
 * each parse to the regex scan of the same text. Not a JMH figure: a plain loop after a warm-up.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.greenplan.bench.ParserCpuTime [ROUNDS]}
 */
public final class ParserCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ParserCpuTime() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PlanParserBenchmark bench = new PlanParserBenchmark();
        bench.load();
        int textBytes = bench.textBytes();
        int hundredfoldBytes = bench.hundredfoldBytes();
        double scan = best(rounds, 2_000, bench::regexScanText);
        double parse = best(rounds, 200, bench::parseText);
        double scan100 = best(rounds, 20, bench::regexScanHundredfoldText);
        double parse100 = best(rounds, 3, bench::parseHundredfoldText);
        System.out.printf("regex scan, text       %10.1f µs%n", scan);
        System.out.printf(
                "parse, text            %10.1f µs  %6.1f MB/s  %5.1f× scan%n",
                parse, mbps(textBytes, parse), parse / scan);
        System.out.printf("regex scan, 100×       %10.1f µs%n", scan100);
        System.out.printf(
                "parse, 100×            %10.1f µs  %6.1f MB/s  %5.1f× scan%n",
                parse100, mbps(hundredfoldBytes, parse100), parse100 / scan100);
    }

    /** @return the least CPU time per call in microseconds over {@code rounds} rounds of {@code calls} calls */
    private static double best(int rounds, int calls, Supplier<?> operation) {
        for (int i = 0; i < calls; i++) {
            operation.get(); // warm-up: one round's worth, compiled before timing
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                operation.get();
            }
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / calls);
        }
        return best;
    }

    private static double mbps(int bytes, double micros) {
        return bytes / micros; // bytes per µs = MB/s (10^6 bytes)
    }
}
