package io.alchemy.spring.data.support;

import io.alchemy.exc.MultipleResultsFound;
import io.alchemy.orm.Session;
import io.alchemy.spring.data.AlchemyRepository;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation behind every {@link AlchemyRepository}: each method is one Session operation or one Core
 * statement through the Session (so the objects are the identity map's and pending changes are flushed first).
 * Methods run in a transaction (read-only unless they write), like Spring Data JPA's; the Session is the one bound to
 * that transaction.
 *
 * @param <T> the mapped class
 * @param <ID> the primary key type
 */
@Transactional(readOnly = true)
public class SimpleAlchemyRepository<T, ID> implements AlchemyRepository<T, ID> {
    private final EntityInformation<T, ID> information;
    private final EntityStatements<T> statements;
    private final Supplier<Session> session;

    /** A repository of {@code information}'s class over the Sessions {@code session} gives. */
    public SimpleAlchemyRepository(EntityInformation<T, ID> information, Supplier<Session> session) {
        this.information = information;
        this.statements = new EntityStatements<>(information.getJavaType());
        this.session = session;
    }

    /** The Session of the current call. */
    protected Session session() {
        return session.get();
    }

    @Override
    @Transactional
    public <S extends T> S save(S entity) {
        S saved = attach(entity);
        session().flush();
        return saved;
    }

    @Override
    @Transactional
    public <S extends T> List<S> saveAll(Iterable<S> entities) {
        List<S> saved = new ArrayList<>();
        entities.forEach(entity -> saved.add(attach(entity)));
        session().flush();                     // one flush: INSERTs batched per table
        return saved;
    }

    private <S extends T> S attach(S entity) {
        Session current = session();
        if (information.isNew(entity)) {
            current.add(entity);
            return entity;
        }
        return current.contains(entity) ? entity : current.merge(entity);
    }

    @Override
    public Optional<T> findById(ID id) {
        return Optional.ofNullable(session().get(information.getJavaType(), id));
    }

    @Override
    public boolean existsById(ID id) {
        return exists(statements.idEquals(id));
    }

    @Override
    public List<T> findAll() {
        return list(statements.selectEntities(null));
    }

    @Override
    public List<T> findAllById(Iterable<ID> ids) {
        return byIds(ids);
    }

    /** The objects with these keys, in one {@code SELECT … WHERE pk IN (…)}. */
    private List<T> byIds(Iterable<?> ids) {
        List<Object> keys = new ArrayList<>();
        ids.forEach(keys::add);
        return keys.isEmpty() ? List.of() : list(statements.selectEntities(statements.idIn(keys)));
    }

    @Override
    public long count() {
        return count(null);
    }

    @Override
    @Transactional
    public void deleteById(ID id) {
        findById(id).ifPresent(this::delete);
    }

    @Override
    @Transactional
    public void delete(T entity) {
        markDeleted(entity);
        session().flush();
    }

    @Override
    @Transactional
    public void deleteAllById(Iterable<? extends ID> ids) {
        deleteAll(byIds(ids));
    }

    @Override
    @Transactional
    public void deleteAll(Iterable<? extends T> entities) {
        entities.forEach(this::markDeleted);
        session().flush();                     // one flush: DELETEs batched per table
    }

    @Override
    @Transactional
    public void deleteAll() {
        deleteAll(findAll());
    }

    /** Marks the Session's object for {@code entity} (loaded by key if it is not the Session's) for deletion. */
    private void markDeleted(T entity) {
        Session current = session();
        ID id = information.getId(entity);
        if (id == null) {
            return;
        }
        T persistent = current.contains(entity) ? entity : current.get(information.getJavaType(), id);
        if (persistent != null) {
            current.delete(persistent);
        }
    }

    @Override
    public List<T> findAll(Sort sort) {
        return list(statements.sorted(statements.selectEntities(null), sort));
    }

    @Override
    public Page<T> findAll(Pageable pageable) {
        return findAll(null, pageable);
    }

    @Override
    public List<T> findAll(ColumnElement<Boolean> where) {
        return list(statements.selectEntities(where));
    }

    @Override
    public List<T> findAll(ColumnElement<Boolean> where, Sort sort) {
        return list(statements.sorted(statements.selectEntities(where), sort));
    }

    @Override
    public Page<T> findAll(ColumnElement<Boolean> where, Pageable pageable) {
        List<T> content = list(statements.paged(statements.selectEntities(where), pageable));
        return PageableExecutionUtils.getPage(content, pageable, () -> count(where));
    }

    @Override
    public Optional<T> findOne(ColumnElement<Boolean> where) {
        try {
            return Optional.ofNullable(session().execute(statements.selectEntities(where))
                    .scalarOneOrNone(information.getJavaType()));
        } catch (MultipleResultsFound e) {
            throw new IncorrectResultSizeDataAccessException(e.getMessage(), 1, e);
        }
    }

    @Override
    public long count(ColumnElement<Boolean> where) {
        return session().scalarOne(statements.count(where));
    }

    @Override
    public boolean exists(ColumnElement<Boolean> where) {
        return session().execute(statements.exists(where)).first() != null;
    }

    @Override
    @Transactional
    public void flush() {
        session().flush();
    }

    private List<T> list(Select<T> select) {
        return session().scalars(select).all();
    }
}
