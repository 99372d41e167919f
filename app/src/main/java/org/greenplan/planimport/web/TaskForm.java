package org.greenplan.planimport.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.plan.draft.TargetEdit;
import org.greenplan.plan.draft.TaskEdit;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.UnitLine;
import org.springframework.format.annotation.DateTimeFormat;

/** The review page's task form: bound from {@code text}, {@code units[0].name}, {@code targets[0].value}… */
public class TaskForm {
    /** The task's version the form was made from; -1 when the request did not say (then it is stale). */
    private int version = -1;

    private String text;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private boolean deadlineOpen;
    private String deadlinePhrase;
    private List<UnitRow> units = new ArrayList<>();
    private List<TargetRow> targets = new ArrayList<>();

    static TaskForm of(TaskView task) {
        TaskForm form = new TaskForm();
        form.version = task.version();
        form.text = task.text();
        form.deadline = task.deadline();
        form.deadlineOpen = task.deadlineOpen();
        form.deadlinePhrase = task.deadlinePhrase();
        for (AssignedUnit u : task.units()) {
            form.units.add(new UnitRow(u.name(), u.role()));
        }
        for (TargetView t : task.targets()) {
            form.targets.add(
                    new TargetRow(t.indicator(), t.comparator(), t.value(), t.upperValue(), t.unit(), t.phrase()));
        }
        return form;
    }

    /** Adds the empty rows the page offers for a new unit and a new target. */
    TaskForm withBlankRows() {
        units.add(new UnitRow(
                "",
                units.isEmpty() ? "RESPONSIBLE" : units.get(units.size() - 1).getRole()));
        targets.add(new TargetRow());
        return this;
    }

    TaskEdit taskEdit() {
        return new TaskEdit(text, deadlineOpen ? null : deadline, deadlineOpen, deadlinePhrase);
    }

    List<UnitLine> unitLines() {
        return units.stream().map(u -> new UnitLine(u.getName(), u.getRole())).toList();
    }

    List<TargetEdit> targetEdits() {
        return targets.stream()
                .filter(t -> t.getIndicator() != null && !t.getIndicator().isBlank())
                .map(t -> new TargetEdit(
                        t.getIndicator(),
                        t.getComparator(),
                        t.getValue(),
                        t.getUpperValue(),
                        t.getUnit(),
                        t.getPhrase()))
                .toList();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isDeadlineOpen() {
        return deadlineOpen;
    }

    public void setDeadlineOpen(boolean deadlineOpen) {
        this.deadlineOpen = deadlineOpen;
    }

    public String getDeadlinePhrase() {
        return deadlinePhrase;
    }

    public void setDeadlinePhrase(String deadlinePhrase) {
        this.deadlinePhrase = deadlinePhrase;
    }

    public List<UnitRow> getUnits() {
        return units;
    }

    public void setUnits(List<UnitRow> units) {
        this.units = units;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets;
    }

    /** A unit line of the form. */
    public static class UnitRow {
        private String name;
        private String role = "RESPONSIBLE";

        public UnitRow() {}

        UnitRow(String name, String role) {
            this.name = name;
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    /** A target line of the form. */
    public static class TargetRow {
        private String indicator;
        private Comparison comparator = Comparison.AT_LEAST;
        private BigDecimal value;
        private BigDecimal upperValue;
        private String unit;
        private String phrase;

        public TargetRow() {}

        TargetRow(
                String indicator,
                Comparison comparator,
                BigDecimal value,
                BigDecimal upperValue,
                String unit,
                String phrase) {
            this.indicator = indicator;
            this.comparator = comparator;
            this.value = value;
            this.upperValue = upperValue;
            this.unit = unit;
            this.phrase = phrase;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public Comparison getComparator() {
            return comparator;
        }

        public void setComparator(Comparison comparator) {
            this.comparator = comparator;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public BigDecimal getUpperValue() {
            return upperValue;
        }

        public void setUpperValue(BigDecimal upperValue) {
            this.upperValue = upperValue;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getPhrase() {
            return phrase;
        }

        public void setPhrase(String phrase) {
            this.phrase = phrase;
        }
    }
}
