package org.greenplan.web;

import jakarta.servlet.DispatcherType;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.SignInCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session JDBC's repository, as Spring Boot builds it, is wrapped so that a request that changes nothing in
 * its session costs one statement, the read, outside any transaction: {@link CoarseAccessSessions} keeps the access
 * time from being written on every request and opens the transactions of writes, and {@link SavedSessionReuse} spares
 * the second read of the row; its attributes are read through {@link SessionAttributeReads}. It is wrapped after it
 * is built, rather than replaced by a bean of our own, because Boot builds its JDBC repository only while no other
 * session repository is defined. Only in the web application: the command line has no sessions.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionReadConfiguration {
    /** Around Spring Session's filter ({@code spring.session.servlet.filter-order} is left at its default). */
    static final int FILTER_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

    /** The qualifier under which Spring Session JDBC's configuration takes the transactions of its statements. */
    static final String SESSION_STATEMENTS = "springSessionTransactionOperations";

    /**
     * Spring Session JDBC's statements run in their caller's transaction, or in none (by default each read ran in a
     * new transaction): a session's read is one statement, and its commit was a round trip on every request.
     * {@link CoarseAccessSessions} opens a transaction around each save and delete, which the statements join through
     * the connection bound to it; the expired-session clean-up is one statement as well. Given only where it is asked
     * for by its qualifier (Spring Session's configuration), so the application's own {@code TransactionTemplate}
     * stays Spring Boot's.
     */
    @Bean(defaultCandidate = false)
    @Qualifier(SESSION_STATEMENTS)
    static TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /**
     * Spring Session JDBC reads attributes through {@link SessionAttributeReads}, which reads the security context and
     * the CSRF token of a given content once, instead of on every request; stored as by default (Java serialisation).
     */
    @Bean
    static SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeReads(
            ConfigurableListableBeanFactory beans) {
        return jdbc -> jdbc.setConversionService(SessionAttributeReads.conversions(beans.getBeanClassLoader()));
    }

    @Bean
    static BeanPostProcessor sessionRepositoryReusingTheSaved(
            ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<SignInCheck> signIns) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                    // its session class is not public: the wrapper is typed by the Session interface
                    return new SavedSessionReuse<>(new CoarseAccessSessions<>(
                            (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc,
                            writes(transactions.getObject()),
                            session -> stillCurrent(session, signIns)));
                }
                return bean;
            }
        };
    }

    /** @return whether the session's signed-in user, if any and read from the directory, is still current */
    private static boolean stillCurrent(Session session, ObjectProvider<SignInCheck> signIns) {
        SecurityContext context = session.getAttribute(CoarseAccessSessions.SIGNED_IN);
        Authentication signedIn = context == null ? null : context.getAuthentication();
        return signedIn == null
                || !(signedIn.getPrincipal() instanceof GreenPlanUser user)
                || signIns.getObject().stillCurrent(user);
    }

    private static TransactionTemplate writes(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    @Bean
    FilterRegistrationBean<?> savedSessionReuseScope() {
        FilterRegistrationBean<?> registration = new FilterRegistrationBean<>(SavedSessionReuse.filter());
        registration.setOrder(FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
