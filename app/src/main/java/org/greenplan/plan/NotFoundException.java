package org.greenplan.plan;

import java.util.NoSuchElementException;
import org.greenplan.shared.MessageKey;
import org.greenplan.shared.MessageKeyed;

/**
 * A plan, task, target or import that does not exist (a stale link, a mistyped number). The error page
 * renders it from the message bundles by {@link #getCodes()} and {@link #getArguments()} with status
 * 404; {@link #getMessage()} is the key and arguments, for logs. It stays a {@link NoSuchElementException}
 * (every 404 handler and the command line catch that), so it shares {@link MessageKeyed} rather than the
 * {@link org.greenplan.shared.Refusal} base.
 */
public class NotFoundException extends NoSuchElementException implements MessageKeyed {
    private static final long serialVersionUID = 1L;

    private final transient MessageKey key;

    /**
     * @param code message key, e.g. {@code error.notFound.task}
     * @param args the key's arguments
     */
    public NotFoundException(String code, Object... args) {
        this(MessageKey.of(code, args));
    }

    private NotFoundException(MessageKey key) {
        super(key.toString());
        this.key = key;
    }

    /** @return the exception for a plan number that names no plan */
    public static NotFoundException plan(long planId) {
        return new NotFoundException("error.notFound.plan", String.valueOf(planId));
    }

    @Override
    public MessageKey messageKey() {
        return key;
    }
}
