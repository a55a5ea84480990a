package io.alchemy.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.spring.data.model.User;
import io.alchemy.spring.data.support.AlchemyRepositoryFactory;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.SqlRecorder.Executed;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** What repositories send: bound parameters in statements of one shape, and few statements for many objects. */
class StatementShapesTest {

    @MatrixTest
    void derivedQueriesBindTheirArgumentsInOneStatementShape(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            users.findByNameStartingWithOrderByIdDesc("sp");
            users.findByNameStartingWithOrderByIdDesc("o'");
            List<Executed> statements = log.takeStatements();
            assertThat(statements).hasSize(2);
            assertThat(statements.get(0).sql()).isEqualTo(statements.get(1).sql())
                    .doesNotContain("sp").doesNotContain("o'");
            assertThat(statements.get(0).parameters().get(0)).contains("sp");
            assertThat(statements.get(1).parameters().get(0)).contains("o'");

            users.findByAgeBetweenOrderByAge(20, 30);
            users.findAll(PageRequest.of(2, 2, Sort.by("name")));
            assertThat(log.takeStatements()).allSatisfy(statement -> assertThat(statement.sql())
                    .doesNotContain("20").doesNotContain("30"));
        }
    }

    @MatrixTest
    void saveAllFlushesOnceAfterAddingEveryObject(TestDatabase db) {
        Engine engine = RepositoryFixture.database(db);
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            UserRepository users = new AlchemyRepositoryFactory(() -> session).getRepository(UserRepository.class);
            List<User> saved = users.saveAll(IntStream.range(0, 1500)
                    .mapToObj(i -> new User("bulk" + i, null, i % 90, i % 2 == 0)).toList());
            assertThat(saved).allSatisfy(user -> assertThat(user.getId()).isNotNull());
            assertThat(saved).extracting(User::getId).doesNotHaveDuplicates();
            assertThat(log.takeStatements()).allSatisfy(statement -> assertThat(statement.sql()).contains("INSERT"));
            session.commit();
            assertThat(users.count()).isEqualTo(1505);
        }
    }
}
