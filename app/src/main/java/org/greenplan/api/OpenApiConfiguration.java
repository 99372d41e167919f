package org.greenplan.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}): every {@code /api} call
 * accepts a bearer token created at {@code /tokens} ({@code Authorization: Bearer gp_…}, no CSRF token
 * needed) or the browser's session cookie (state changes then need the CSRF token).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "GreenPlan API",
                        version = "1",
                        description = "Plans, tasks, reporting periods and progress reports. Errors are RFC 9457 "
                                + "application/problem+json."),
        security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "session")})
@SecurityScheme(
        name = "bearerToken",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "gp_ token from /tokens",
        description = "A personal API token created at /tokens; sent as Authorization: Bearer gp_…")
@SecurityScheme(
        name = "session",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        paramName = "SESSION",
        description = "The browser session after signing in; state changes also need the X-CSRF-TOKEN header")
class OpenApiConfiguration {}
