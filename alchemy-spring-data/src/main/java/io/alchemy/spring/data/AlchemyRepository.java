package io.alchemy.spring.data;

import io.alchemy.sql.ColumnElement;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A Spring Data repository of a mapped class over an Alchemy {@link io.alchemy.orm.Session}: CRUD, paging and
 * sorting, derived queries ({@code findByNameStartingWithOrderByIdDesc}), {@link Query} methods with textual SQL, and
 * conditions written as Core expressions of the generated metamodel:
 *
 * <pre>{@code
 * interface UserRepository extends AlchemyRepository<User, Integer> {
 *     List<User> findByNameStartingWithOrderByIdDesc(String prefix);
 * }
 * Page<User> page = users.findAll(User_.name.startswith("s"), PageRequest.of(0, 20, Sort.by("name")));
 * }</pre>
 *
 * Objects are the Session's: {@code save} adds a new object (flushing it, so its generated key is set) or merges a
 * detached one; changes to loaded objects are flushed by the Session at commit, as with any Session.
 *
 * @param <T> the mapped class
 * @param <ID> the type of its primary key
 */
@NoRepositoryBean
public interface AlchemyRepository<T, ID> extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID> {

    /** The objects matching {@code where}, in no particular order. */
    List<T> findAll(ColumnElement<Boolean> where);

    /** The objects matching {@code where}, sorted. */
    List<T> findAll(ColumnElement<Boolean> where, Sort sort);

    /** One page of the objects matching {@code where}, with the total count. */
    Page<T> findAll(ColumnElement<Boolean> where, Pageable pageable);

    /**
     * The one object matching {@code where}, if any; {@link org.springframework.dao.IncorrectResultSizeDataAccessException}
     * when more than one does.
     */
    Optional<T> findOne(ColumnElement<Boolean> where);

    /** How many rows match {@code where}. */
    long count(ColumnElement<Boolean> where);

    /** Whether any row matches {@code where}. */
    boolean exists(ColumnElement<Boolean> where);

    /** Writes the Session's pending changes now (SQLAlchemy's {@code session.flush()}). */
    void flush();
}
