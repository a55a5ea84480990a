package io.alchemy.spring.data.support;

import io.alchemy.spring.data.Query;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;

/** A repository query method with its {@link Query} annotation, if any. */
final class AlchemyQueryMethod extends QueryMethod {
    private final @Nullable Query query;
    private final Method method;

    AlchemyQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
        super(method, metadata, factory);
        this.method = method;
        this.query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
    }

    /** The method's {@link Query}, or {@code null} when its query is derived from its name. */
    @Nullable Query query() {
        return query;
    }

    /** The mapped class of the repository. */
    @SuppressWarnings("unchecked")
    <T> Class<T> domainClass() {
        return (Class<T>) getDomainClass();
    }

    /** The declared return type ({@code List}, {@code Optional}, {@code long}, …). */
    Class<?> returnType() {
        return method.getReturnType();
    }

    @Override
    public boolean isModifyingQuery() {
        return query != null && query.modifying();
    }

    /** "UserRepository.findByName" for messages. */
    String describe() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
