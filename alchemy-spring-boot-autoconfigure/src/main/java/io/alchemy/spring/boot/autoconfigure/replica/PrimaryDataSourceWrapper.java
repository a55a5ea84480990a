package io.alchemy.spring.boot.autoconfigure.replica;

import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Replaces the application's {@code dataSource} bean (Boot's, from {@code spring.datasource.*}) by the
 * {@linkplain ReplicaRouting#wrap routing proxy} around it, so that the transaction manager, the Engine,
 * {@code JdbcTemplate} and the rest all take their connections through it. Boot's {@code hikaricp.*} meters still find
 * the primary's pool behind the proxy.
 */
final class PrimaryDataSourceWrapper implements BeanPostProcessor, BeanFactoryAware {
    static final String BEAN_NAME = "dataSource";

    private BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (BEAN_NAME.equals(beanName) && bean instanceof DataSource primary
                && !(bean instanceof LazyConnectionDataSourceProxy)) {
            return beanFactory.getBean(ReplicaRouting.class).wrap(primary);
        }
        return bean;
    }
}
