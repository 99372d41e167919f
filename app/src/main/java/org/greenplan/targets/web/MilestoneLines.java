package org.greenplan.targets.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.ParsedValue;
import org.greenplan.targets.ReportedValueParser;
import org.greenplan.targets.TargetTerms;

/**
 * The milestone table as typed, one milestone a line: {@code 2022-06-30 88} (a space, {@code =},
 * {@code :} or a comma between date and value; blank lines ignored).
 */
final class MilestoneLines {
    static final String FIELD = "milestones";
    private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*[=:,\\s]\\s*(\\S.*)");

    private MilestoneLines() {}

    /**
     * @return the milestones read; on the first unreadable line, an error under {@link #FIELD} naming
     *         the line number and what is wrong, and the milestones read so far
     */
    static List<Milestone> read(String text, TargetTerms terms, int planYear, Map<String, FieldMessage> errors) {
        List<Milestone> milestones = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length && !errors.containsKey(FIELD); i++) {
            String line = Normalizer.normalize(lines[i], Normalizer.Form.NFKC).strip();
            if (!line.isEmpty()) {
                readLine(line, i + 1, terms, planYear, errors).ifPresent(milestones::add);
            }
        }
        return milestones;
    }

    private static java.util.Optional<Milestone> readLine(
            String line, int number, TargetTerms terms, int planYear, Map<String, FieldMessage> errors) {
        Matcher m = LINE.matcher(line);
        try {
            if (m.matches()) {
                LocalDate date = LocalDate.parse(m.group(1));
                ParsedValue value = new ReportedValueParser(terms).parse(m.group(2));
                if (date.getYear() != planYear) {
                    errors.put(FIELD, FieldMessage.of("target.milestones.outsideYear", number, planYear));
                } else if (value.isAccepted()) {
                    return java.util.Optional.of(new Milestone(date, value.value()));
                }
            }
        } catch (DateTimeParseException e) {
            // reported below as an unreadable line
        }
        errors.putIfAbsent(FIELD, FieldMessage.of("target.milestones.invalid", number, line));
        return java.util.Optional.empty();
    }
}
