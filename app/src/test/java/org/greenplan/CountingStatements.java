package org.greenplan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the data source so that every statement prepared or created on its connections is counted: import it
 * into an integration test ({@code @Import(CountingStatements.class)}) and read the count with {@link #during}.
 * Only the statements of the thread running the action count: a scheduled job or another thread's work
 * in between (a scheduled clean-up, another request) does not.
 */
@TestConfiguration
public class CountingStatements {
    /** The SQL of the statements the current thread prepares inside {@link #during}; null outside it. */
    private static final ThreadLocal<List<String>> SQL = new ThreadLocal<>();

    private static volatile List<String> last = List.of();

    /**
     * A value with the number of SQL statements it took.
     *
     * @param value      what the action returned
     * @param statements statements prepared or created while it ran
     */
    public record Counted<T>(T value, int statements) {}

    /** @return what {@code action} returned and the statements it prepared or created */
    public static <T> Counted<T> during(Supplier<T> action) {
        List<String> outer = SQL.get();
        List<String> sql = new java.util.ArrayList<>();
        SQL.set(sql);
        try {
            T value = action.get();
            last = List.copyOf(sql);
            return new Counted<>(value, sql.size());
        } finally {
            SQL.set(outer);
            if (outer != null) {
                outer.addAll(sql);
            }
        }
    }

    /** @return the SQL texts (statements created without one as an empty text) of the latest {@link #during} */
    public static List<String> lastStatements() {
        return last;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource dataSource)) {
                    return bean;
                }
                return Proxy.newProxyInstance(
                        DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                            Object result = invoke(m, dataSource, args);
                            return result instanceof Connection c ? counting(c) : result;
                        });
            }
        };
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
                    if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")) {
                        List<String> counting = SQL.get();
                        if (counting != null) {
                            counting.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                        }
                    }
                    return invoke(m, connection, args);
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
