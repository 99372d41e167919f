package org.greenplan.audit;

import java.util.Objects;

/**
 * One changed field: its name and its old and new values as shown to people (e.g. {@code 88.5 %}).
 *
 * @param field    the field's name, e.g. {@code progress} or {@code deadline}
 * @param oldValue the value before, or null when there was none
 * @param newValue the value after, or null when it was cleared
 */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /** @return whether the value actually changed */
    public boolean changed() {
        return !Objects.equals(oldValue, newValue);
    }
}
