package org.greenplan.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Chinese by default; {@code ?lang=en} switches to English and is remembered in a cookie; any other language reads as
 * the default ({@link Languages}). A county or
 * district office is kept to its region's plans, and an id that does not exist answers 404
 * ({@link PlanRegionGuard}); the city-wide settings are the city office's ({@link CityOfficeOnly}). Every page gets
 * the layout's attributes ({@link LayoutModel}).
 *
 * <p>Static files are served from {@code /css/**}, {@code /js/**} and {@code /webjars/**} only (Boot's
 * catch-all {@code /**} mapping is off: {@code spring.web.resources.add-mappings=false}). With the catch-all,
 * every link a page writes ({@code @{/leader/dashboard/tasks(…)}}) went through the resource chain's URL
 * encoding and a failed class-path lookup in every jar of the application: half the CPU of a dashboard page.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    private final ObjectProvider<OwnedIdFence> fence;
    private final ObjectProvider<RegionScope> scope;
    private final ObjectProvider<LayoutModel> layout;

    WebConfiguration(
            ObjectProvider<OwnedIdFence> fence, ObjectProvider<RegionScope> scope, ObjectProvider<LayoutModel> layout) {
        this.fence = fence;
        this.scope = scope;
        this.layout = layout;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("greenplan-lang") {
            @Override
            protected Locale parseLocaleValue(String value) {
                return Languages.supported(value);
            }
        };
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // A damaged or forged cookie falls back to Chinese instead of failing the request.
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // a language we have no pages in resets to the default instead of being kept
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return Languages.supported(value);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new CityOfficeOnly(scope));
        registry.addInterceptor(new PlanRegionGuard(fence));
        registry.addInterceptor(layout.getObject());
    }
}
