package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Registry;
import io.alchemy.spring.boot.autoconfigure.AlchemyAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.AlchemyTransactionManagerAutoConfiguration;
import io.alchemy.spring.boot.autoconfigure.orm.model.Customer;
import io.alchemy.testing.TestDatabase;
import java.sql.ResultSet;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;

/** Context runners for the ORM auto-configuration on a test database, and reads through a connection of their own. */
public final class OrmContext {
    private OrmContext() {
    }

    /** Boot's DataSource, JdbcTemplate and JdbcClient, Alchemy's transaction manager, Engine and ORM. */
    public static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, AlchemyAutoConfiguration.class,
                AlchemyTransactionManagerAutoConfiguration.class,
                AlchemyOrmAutoConfiguration.class));
    }

    /** {@link #runner()} on {@code db}, scanning the test model. */
    public static ApplicationContextRunner runner(TestDatabase db) {
        return runner().withUserConfiguration(ScanModel.class)
                .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.hikari.maximum-pool-size=3",
                        // Boot logs into embedded H2 as "sa"; the test's in-memory H2 was opened with no user name.
                        db.name().equals("h2") ? "spring.datasource.hikari.username=" : "spring.datasource.name=matrix");
    }

    /** Creates the mapped tables, outside any transaction. */
    public static void createTables(ApplicationContext context) {
        context.getBean(Registry.class).metadata().createAll(context.getBean(Engine.class));
    }

    /** Customer names committed so far, as a fresh JDBC connection sees them, sorted. */
    public static java.util.List<String> committedNames(TestDatabase db) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.sql.Connection c = db.openJdbc();
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM customer ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Configuration(proxyBeanMethods = false)
    @AlchemyScan(basePackageClasses = Customer.class)
    public static class ScanModel {
    }
}
