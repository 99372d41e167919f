package org.greenplan.planimport.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.plan.view.IssueView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.TextSegment;

/**
 * The source text as numbered lines for the review page: lines inside a task's span are marked as
 * task lines, printed unit names inside them are highlighted, and lines with parse issues carry the
 * issue messages.
 */
final class SourceLines {
    private SourceLines() {}

    /**
     * One line of the source.
     *
     * @param number   1-based line number
     * @param cssClass {@code task}, {@code issue} or empty
     * @param segments the line's text cut into highlighted and plain pieces
     * @param issues   messages of parse issues on this line
     */
    record SourceLine(int number, String cssClass, List<TextSegment> segments, List<String> issues) {}

    static List<SourceLine> of(
            String text, List<TaskView> tasks, Collection<String> unitNames, List<IssueView> issues) {
        Map<Integer, List<String>> issuesByLine = new HashMap<>();
        issues.forEach(i ->
                issuesByLine.computeIfAbsent(i.line(), k -> new ArrayList<>()).add(i.message()));
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end);
            boolean inTask = insideTask(tasks, start, end);
            List<String> lineIssues = issuesByLine.getOrDefault(number, List.of());
            String css = !lineIssues.isEmpty() ? "issue" : inTask ? "task" : "";
            lines.add(new SourceLine(
                    number,
                    css,
                    TextSegment.split(line, inTask ? unitRanges(line, unitNames) : List.of()),
                    lineIssues));
            start = nextLineStart(text, end);
            number++;
            if (start < 0) {
                break;
            }
        }
        return lines;
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    /** @return start of the next line, or -1 at the end of the text */
    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return -1;
        }
        boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n';
        return lineEnd + (crlf ? 2 : 1);
    }

    private static boolean insideTask(List<TaskView> tasks, int start, int end) {
        return tasks.stream().anyMatch(t -> t.sourceStart() < Math.max(end, start + 1) && t.sourceEnd() > start);
    }

    private static List<int[]> unitRanges(String line, Collection<String> unitNames) {
        List<int[]> ranges = new ArrayList<>();
        for (String name : unitNames) {
            for (int at = line.indexOf(name); at >= 0 && !name.isEmpty(); at = line.indexOf(name, at + name.length())) {
                ranges.add(new int[] {at, at + name.length()});
            }
        }
        return ranges;
    }
}
