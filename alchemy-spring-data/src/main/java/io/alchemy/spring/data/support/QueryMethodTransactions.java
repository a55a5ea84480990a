package io.alchemy.spring.data.support;

import io.alchemy.spring.data.Query;
import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.support.RepositoryProxyPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Gives query methods a transaction when they are called outside one, as the CRUD methods have (the Session is the
 * transaction's, so a query needs one): read-only, except for {@code deleteBy…}/{@code removeBy…} and modifying
 * {@link Query} methods. A {@link Transactional} on the method or the interface is left to Spring Data's own
 * transaction interceptor. Methods returning a {@code Stream} get none: the rows are read after the method returns, so
 * they must be called inside the caller's transaction (the Session says so otherwise), as in Spring Data JPA.
 */
final class QueryMethodTransactions implements RepositoryProxyPostProcessor {
    private final BeanFactory beanFactory;

    QueryMethodTransactions(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void postProcess(ProxyFactory factory, RepositoryInformation repository) {
        TransactionInterceptor interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource((method, targetClass) -> attribute(method, repository));
        interceptor.setBeanFactory(beanFactory);
        factory.addAdvice(interceptor);
    }

    private static @Nullable TransactionAttribute attribute(Method method, RepositoryInformation repository) {
        if (!repository.isQueryMethod(method) || Stream.class.isAssignableFrom(method.getReturnType())
                || AnnotatedElementUtils.hasAnnotation(method, Transactional.class)
                || AnnotatedElementUtils.hasAnnotation(repository.getRepositoryInterface(), Transactional.class)) {
            return null;
        }
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setReadOnly(!writes(method));
        return attribute;
    }

    private static boolean writes(Method method) {
        Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
        if (query != null) {
            return query.modifying();
        }
        return method.getName().startsWith("delete") || method.getName().startsWith("remove");
    }
}
