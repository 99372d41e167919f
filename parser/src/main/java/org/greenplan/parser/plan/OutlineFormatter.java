package org.greenplan.parser.plan;

final class OutlineFormatter {
    private OutlineFormatter() {
    }

    static String format(ParsedPlan plan) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
