package org.greenplan.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.greenplan.notifications.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Gives the layout header the signed-in user's number of unread notifications ({@code unreadNotifications}).
 * The inbox is optional because every layout attribute bean is loaded in web slice tests too, where no service is.
 *
 * <p>The count is a lazy variable ({@link LazyContextVariable}): it is read from the database only when the
 * rendered template asks for it (the layout's header, the inbox), never for an htmx fragment or a page that does
 * not show it, and at most once per request; an answer that is no page (JSON, a file) gets no layout attributes.
 */
@Component
class UnreadCount implements LayoutAttributes {
    // looked up once: asking the bean factory for it on every page cost about 2 % of a page's time
    private final SingletonSupplier<Inbox> inbox;

    UnreadCount(ObjectProvider<Inbox> inbox) {
        this.inbox = SingletonSupplier.ofNullable(inbox::getIfAvailable);
    }

    /** Adds {@code unreadNotifications}: the count, read when the template first asks; null for anonymous pages. */
    @Override
    public void addTo(
            Map<String, Object> model, Actor reader, HttpServletRequest request, HttpServletResponse response) {
        Inbox available = inbox.get();
        if (reader == null || available == null) {
            model.put("unreadNotifications", null);
            return;
        }
        model.put("unreadNotifications", new LazyContextVariable<Long>() {
            @Override
            protected Long loadValue() {
                return available.unreadCount(reader);
            }
        });
    }
}
