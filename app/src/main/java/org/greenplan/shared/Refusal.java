package org.greenplan.shared;

import java.io.Serial;

/**
 * Base of every message-keyed refusal of GreenPlan's modules (a state change the current state does not
 * allow, a correction that cannot be applied, a report the period refuses …). Nothing was stored when one is
 * thrown. {@link #getMessage()} holds key and arguments for logs; readers see the rendered message.
 */
public class Refusal extends RuntimeException implements MessageKeyed {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The message key (a field of this name, so that tests and logs can read it by name). */
    private final String code;

    /** The key's arguments (a field of this name, as {@link #code}). */
    private final transient Object[] args;

    /**
     * @param code      the message key, e.g. {@code draft.noUnits}
     * @param arguments the key's arguments (a null one is shown as {@code -})
     */
    public Refusal(String code, Object... arguments) {
        this(MessageKey.of(code, arguments));
    }

    /** @param key what the refusal says */
    public Refusal(MessageKey key) {
        this(key, null);
    }

    /**
     * @param key   what the refusal says
     * @param cause the failure behind it (a library's exception), kept for the log; may be null
     */
    public Refusal(MessageKey key, Throwable cause) {
        super(key.toString(), cause);
        this.code = key.code();
        this.args = key.arguments().toArray();
    }

    @Override
    public MessageKey messageKey() {
        return MessageKey.of(code, args);
    }
}
