package org.greenplan.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session JDBC's repository, as Spring Boot builds it, is wrapped so that a request that changes nothing in
 * its session costs one statement, the read: {@link CoarseAccessSessions} keeps the access time from being written on
 * every request, and {@link SavedSessionReuse} spares the second read of the row. It is wrapped after it is built, rather than replaced by a bean of our
 * own, because Boot builds its JDBC repository only while no other session repository is defined. Only in the web
 * application: the command line has no sessions.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionReadConfiguration {
    /** Around Spring Session's filter ({@code spring.session.servlet.filter-order} is left at its default). */
    static final int FILTER_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

    @Bean
    static BeanPostProcessor sessionRepositoryReusingTheSaved() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                    // its session class is not public: the wrapper is typed by the Session interface
                    return new SavedSessionReuse<>(new CoarseAccessSessions<>(
                            (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc));
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<?> savedSessionReuseScope() {
        FilterRegistrationBean<?> registration = new FilterRegistrationBean<>(SavedSessionReuse.filter());
        registration.setOrder(FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
