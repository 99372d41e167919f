package org.greenplan.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something (usually an exception) that says what went wrong as a {@link MessageKey}, so pages, the API and
 * the command line render it in the reader's language with {@code MessageSource.getMessage(resolvable,
 * locale)}. There is no default message: a missing key is a defect that {@code MessageKeyTests} finds.
 */
public interface MessageKeyed extends MessageSourceResolvable {
    /** @return the key and its arguments */
    MessageKey messageKey();

    /** @return the message key, e.g. {@code periods.refused.notOpen} */
    default String code() {
        return messageKey().code();
    }

    @Override
    default String[] getCodes() {
        return new String[] {code()};
    }

    @Override
    default Object[] getArguments() {
        return messageKey().arguments().toArray();
    }

    @Override
    default String getDefaultMessage() {
        return null;
    }
}
