package org.greenplan.targets.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenplan.targets.ParsedValue;
import org.greenplan.targets.ReportedValueParser;
import org.greenplan.targets.TrackedTarget;

/**
 * The record-a-value form as typed (报送数值).
 *
 * @param month   the month, {@code yyyy-MM} as {@code <input type="month">} sends it
 * @param value   the value as typed (92, 约92%, 九十二)
 * @param note    a remark, or blank
 * @param confirm true once the user confirmed a doubtful value (0.92 against 92 %)
 */
record ValueForm(String month, String value, String note, Boolean confirm) {
    static final int NOTE_MAX = 500;

    static ValueForm blank(String month) {
        return new ValueForm(month, "", "", false);
    }

    public boolean confirmed() {
        return Boolean.TRUE.equals(confirm);
    }

    /** @return the note stripped, or null when blank */
    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** @return the form read against the target: month, value, and errors by field name */
    Check check(TrackedTarget target) {
        Map<String, FieldMessage> errors = new LinkedHashMap<>();
        YearMonth period = period(target.planYear(), errors);
        ReportedValueParser parser = new ReportedValueParser(target.terms());
        ParsedValue parsed = parser.parse(value);
        if (!parsed.isAccepted()) {
            errors.put("value", FieldMessage.of(parsed));
        } else if (parser.rangeProblem(parsed.value()) != null) {
            errors.put("value", FieldMessage.of(parser.rangeProblem(parsed.value()), value.strip()));
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            errors.put("note", FieldMessage.of("target.note.tooLong", NOTE_MAX));
        }
        return new Check(period, parsed, errors);
    }

    private YearMonth period(int planYear, Map<String, FieldMessage> errors) {
        if (month == null || month.isBlank()) {
            errors.put("month", FieldMessage.of("target.month.empty"));
            return null;
        }
        try {
            YearMonth period = YearMonth.parse(month.strip());
            if (period.getYear() != planYear) {
                errors.put("month", FieldMessage.of("target.month.outsideYear", planYear));
            }
            return period;
        } catch (DateTimeParseException e) {
            errors.put("month", FieldMessage.of("target.month.invalid", month.strip()));
            return null;
        }
    }

    /**
     * The form read.
     *
     * @param period the month, or null when unreadable
     * @param parsed the value read
     * @param errors errors by field name ({@code month}, {@code value}, {@code note})
     */
    record Check(YearMonth period, ParsedValue parsed, Map<String, FieldMessage> errors) {

        /** @return true when the value may be stored */
        boolean storable(boolean confirmed) {
            return errors.isEmpty() && parsed.isStorable(confirmed);
        }

        /** @return the question to ask when the only doubt is a value that looks like the wrong unit */
        FieldMessage confirmation(boolean confirmed) {
            return errors.isEmpty() && !parsed.isStorable(confirmed) ? FieldMessage.of(parsed) : null;
        }
    }
}
