package org.greenplan;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles the application ships ({@code messages*.properties}), for tests without a Spring context. */
public final class ShippedMessages {
    private ShippedMessages() {}

    /** @return the bundles as the application reads them: UTF-8, no fallback to the machine's language */
    public static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
