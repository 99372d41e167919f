package org.greenplan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie ({@code SESSION}, Spring Session): HttpOnly, SameSite=Lax, and Secure whenever the
 * request came over HTTPS (behind a proxy, with {@code server.forward-headers-strategy=native} so that
 * the container knows), so a plain-HTTP installation on a closed network still works.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        // setUseSecureCookie is left unset: the cookie is then Secure exactly when request.isSecure()
        return cookie;
    }
}
