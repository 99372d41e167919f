package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer;

/** The session cookie is HttpOnly and SameSite=Lax, and Secure exactly when the request came over HTTPS. */
class SessionCookieTests {
    private final CookieSerializer cookie = new SessionCookieConfiguration().sessionCookie();

    @Test
    void isSecureOverHttps() {
        assertThat(written(true)).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    @Test
    void isNotSecureOverPlainHttpSoAClosedNetworkInstallationStillWorks() {
        assertThat(written(false)).contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
    }

    private String written(boolean https) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(https);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cookie.writeCookieValue(new CookieSerializer.CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }
}
