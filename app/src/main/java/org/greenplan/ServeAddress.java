package org.greenplan;

import org.springframework.core.env.Environment;

/**
 * The address to open in a browser once {@code serve} is ready, printed on standard error ({@code GreenPlan
 * 已启动：http://localhost:8080}), as the README promises. Read from the running server's settings: the port it
 * really listens on ({@code local.server.port}, so {@code --server.port=0} prints the port chosen), the host it
 * is bound to ({@code server.address}; none, or a wildcard, is {@code localhost}), https when a key store or SSL
 * bundle is configured, and the context path.
 */
public final class ServeAddress {
    private ServeAddress() {}

    /** @return the address, e.g. {@code http://localhost:8080}, {@code https://[::1]:8443/greenplan} */
    public static String of(Environment environment) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return scheme(environment) + "://" + host(environment.getProperty("server.address")) + ":" + port
                + environment.getProperty("server.servlet.context-path", "");
    }

    private static String scheme(Environment environment) {
        boolean configured = environment.containsProperty("server.ssl.key-store")
                || environment.containsProperty("server.ssl.bundle");
        return configured && environment.getProperty("server.ssl.enabled", Boolean.class, true) ? "https" : "http";
    }

    private static String host(String address) {
        if (address == null || address.isBlank() || address.equals("0.0.0.0") || address.matches("[:0]+")) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
