package org.greenplan.supervision;

import java.util.Arrays;
import java.util.List;

/** Supervision settings that cannot be saved: a message key of the bundles with its arguments. */
public class SettingsRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> arguments;

    /** @param key the message key, e.g. {@code supervision.settings.stagnationDays.range} */
    public SettingsRefusedException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = Arrays.asList(arguments);
    }

    /** @return the message key */
    public String key() {
        return key;
    }

    /** @return the message arguments */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
