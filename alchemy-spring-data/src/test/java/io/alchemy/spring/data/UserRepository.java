package io.alchemy.spring.data;

import io.alchemy.spring.data.model.User;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Every kind of query method the repositories support, on the tutorial's users. */
public interface UserRepository extends AlchemyRepository<User, Integer> {

    List<User> findByNameStartingWithOrderByIdDesc(String prefix);

    long countByActiveTrue();

    int countByAgeGreaterThan(int age);

    boolean existsByName(String name);

    long deleteByName(String name);

    List<User> deleteByAgeGreaterThanEqual(int age);

    List<User> findTop2ByOrderByAgeDesc();

    List<User> findByActiveTrueOrderByAge(Limit limit);

    User findFirstByOrderByNameAsc();

    List<User> findByNameIn(Collection<String> names);

    List<User> findByAgeBetweenOrderByAge(int low, int high);

    Optional<User> findByNameIgnoreCase(String name);

    List<User> findByNameOrAgeOrderById(String name, int age);

    List<User> findByNameNotAndActiveFalseOrderById(String name);

    List<User> findByFullnameContainingOrderById(String infix);

    List<User> findByAddressesEmailAddressEndingWithOrderById(String suffix);

    List<User> findByAddressesIsEmptyOrderById();

    Stream<User> streamByActiveFalseOrderById();

    Page<User> findByActive(boolean active, Pageable pageable);

    Slice<User> findByAgeGreaterThan(int age, Pageable pageable);

    User findByActive(boolean active);

    List<NameAndAge> findByAgeLessThanOrderByAge(int age);

    List<UserSummary> findByActiveTrueOrderById();

    <T> List<T> findByIdLessThanOrderById(int id, Class<T> type);

    @Query("SELECT * FROM user_account WHERE name LIKE :pattern ORDER BY id DESC")
    List<User> search(String pattern);

    @Query("SELECT id FROM user_account WHERE fullname = :fullname")
    Optional<User> byFullname(String fullname);

    @Query("SELECT u.name, count(a.id) AS address_count FROM user_account u LEFT OUTER JOIN address a "
            + "ON a.user_id = u.id GROUP BY u.name ORDER BY u.name")
    List<AddressCount> addressCounts();

    @Query("SELECT name, age FROM user_account WHERE age > :age ORDER BY age")
    Stream<NameAndAge> olderThan(int age);

    @Query("SELECT name, age FROM user_account WHERE name = :name")
    Optional<NameAndAge> nameAndAge(String name);

    @Query("SELECT count(*) FROM user_account WHERE age > :age")
    long countOlderThan(int age);

    @Query("SELECT name FROM user_account WHERE active = :active ORDER BY name")
    List<String> namesByActive(boolean active);

    @Query(value = "UPDATE user_account SET fullname = :fullname WHERE age > :age", modifying = true)
    int renameOlderThan(String fullname, int age);

    /** A DTO projection: the columns of its components. */
    record NameAndAge(String name, Integer age) {
    }

    /** A DTO filled from textual SQL's columns by name. */
    record AddressCount(String name, long addressCount) {
    }

    /** An interface projection over the entity. */
    interface UserSummary {
        String getName();

        Integer getAge();
    }
}
