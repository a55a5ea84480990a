package io.alchemy.spring.data.support;

import io.alchemy.orm.Session;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.core.support.TransactionalRepositoryFactoryBeanSupport;

/**
 * The Spring bean behind each Alchemy repository interface. Its repositories use the application's {@link Session}
 * bean (the transaction-bound Session the Alchemy auto-configuration provides), looked up on first use; methods
 * are transactional as in {@link SimpleAlchemyRepository}, and query methods too ({@link QueryMethodTransactions}).
 *
 * @param <T> the repository interface
 * @param <S> the mapped class
 * @param <ID> its primary key type
 */
public class AlchemyRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
        extends TransactionalRepositoryFactoryBeanSupport<T, S, ID> {
    private @Nullable Supplier<Session> session;
    private ObjectProvider<Session> sessions;
    private BeanFactory beanFactory;
    private boolean defaultTransactions = true;

    /** The bean for {@code repositoryInterface}. */
    public AlchemyRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
        super(repositoryInterface);
    }

    /** Uses this supplier instead of the {@link Session} bean. */
    public void setSessionSupplier(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        this.beanFactory = beanFactory;
        this.sessions = beanFactory.getBeanProvider(Session.class);
    }

    /** Whether methods run in a transaction of their own when called outside one; query methods too. */
    @Override
    public void setEnableDefaultTransactions(boolean enableDefaultTransactions) {
        super.setEnableDefaultTransactions(enableDefaultTransactions);
        this.defaultTransactions = enableDefaultTransactions;
    }

    @Override
    protected RepositoryFactorySupport doCreateRepositoryFactory() {
        Supplier<Session> supplier = session != null ? session : new SessionBean(sessions);
        AlchemyRepositoryFactory factory = new AlchemyRepositoryFactory(supplier);
        if (defaultTransactions) {
            factory.addRepositoryProxyPostProcessor(new QueryMethodTransactions(beanFactory));
        }
        return factory;
    }

    /** The Session bean, resolved once on first use (it is a proxy for the current transaction's Session). */
    private static final class SessionBean implements Supplier<Session> {
        private final ObjectProvider<Session> provider;
        private volatile @Nullable Session session;

        SessionBean(ObjectProvider<Session> provider) {
            this.provider = provider;
        }

        @Override
        public Session get() {
            Session current = session;
            if (current == null) {
                current = provider.getObject();
                session = current;
            }
            return current;
        }
    }
}
