package io.alchemy.orm;

import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.Dialects;
import io.alchemy.orm.mapping.Cascade;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.LoadStrategy;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.RelationshipDirection;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.Table;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/** The tutorial's declarative mapping (reference §1.4): tables, columns in declaration order, nullability, DDL. */
class DeclarativeMappingTest {
    static final String USER_DDL = "\nCREATE TABLE user_account (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(30) NOT NULL, "
            + "\n\tfullname VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n";
    static final String ADDRESS_DDL = "\nCREATE TABLE address (\n\tid INTEGER NOT NULL, \n\temail_address VARCHAR NOT NULL, "
            + "\n\tuser_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(user_id) REFERENCES user_account (id)\n)\n\n";

    static Registry tutorial() {
        return Registry.of(User.class, Address.class);
    }

    @Test
    void tablesComeInClassOrderAndColumnsInFieldOrder() {
        Registry registry = tutorial();
        assertThat(registry.metadata().tables().keySet()).containsExactly("user_account", "address");
        assertThat(registry.metadata().tableNamed("user_account").columnKeys()).containsExactly("id", "name", "fullname");
        assertThat(registry.metadata().tableNamed("address").columnKeys()).containsExactly("id", "email_address", "user_id");
    }

    @Test
    void sqliteDdlIsTheReferencesOrmDdl() {
        Registry registry = tutorial();
        var sqlite = Dialects.byName("sqlite");
        assertCompile(new CreateTable(registry.metadata().tableNamed("user_account")), USER_DDL, sqlite);
        assertCompile(new CreateTable(registry.metadata().tableNamed("address")), ADDRESS_DDL, sqlite);
    }

    @Test
    void nullabilityFollowsNullableAnnotationsAndPrimaryKeysAreNeverNull() {
        Table user = tutorial().metadata().tableNamed("user_account");
        Table address = tutorial().metadata().tableNamed("address");
        assertThat(user.c("id").isNullable()).isFalse();
        assertThat(user.c("name").isNullable()).isFalse();
        assertThat(user.c("fullname").isNullable()).isTrue();
        assertThat(address.c("email_address").isNullable()).isFalse();
        assertThat(address.c("user_id").isNullable()).isTrue();
    }

    @Test
    void typesFollowJavaTypesAndLength() {
        Table user = tutorial().metadata().tableNamed("user_account");
        assertThat(user.c("id").type()).isSameAs(Types.INTEGER);
        assertThat(user.c("name").type()).isEqualTo(Types.string(30));
        assertThat(user.c("fullname").type()).isSameAs(Types.STRING);
        assertThat(user.autoincrementColumn()).isSameAs(user.c("id"));
    }

    @Test
    void mapperDescribesTheClass() {
        Mapper<User> users = tutorial().mapper(User.class);
        assertThat(users.table().name()).isEqualTo("user_account");
        assertThat(users.columnProperties()).extracting(ColumnProperty::name).containsExactly("id", "name", "fullname");
        assertThat(users.primaryKey()).extracting(ColumnProperty::name).containsExactly("id");
        assertThat(users.relationships()).extracting(RelationshipProperty::name).containsExactly("addresses");
        assertThat(users.attributes().keySet()).containsExactly("id", "name", "fullname", "addresses");
        assertThat(users.versionCounter()).isNull();
        assertThat(users.columnProperty("name").column()).isSameAs(users.table().c("name"));
        assertThat(users.columnProperty("fullname").javaType()).isEqualTo(String.class);
        assertThat(Registry.mapperFor(User.class)).isSameAs(users);
        assertThat(users).hasToString("Mapper[User(user_account)]");
    }

    @Test
    void newInstanceUsesTheNoArgumentConstructorAndPropertiesBypassInstrumentation() {
        Mapper<User> users = tutorial().mapper(User.class);
        User user = users.newInstance();
        assertThat(user.getAddresses()).isEmpty();
        users.columnProperty("id").set(user, 7L);
        users.columnProperty("name").set(user, "sandy");
        assertThat(user.getId()).isEqualTo(7);
        assertThat(users.primaryKeyOf(user)).containsExactly(7);
        assertThat(user).hasToString("User(id=7, name='sandy', fullname=None)");
    }

    @Test
    void relationshipsKnowTheirDirectionJoinAndMirror() {
        Registry registry = tutorial();
        RelationshipProperty addresses = registry.mapper(User.class).relationship("addresses");
        RelationshipProperty user = registry.mapper(Address.class).relationship("user");
        Table address = registry.metadata().tableNamed("address");
        Table userTable = registry.metadata().tableNamed("user_account");

        assertThat(addresses.direction()).isEqualTo(RelationshipDirection.ONE_TO_MANY);
        assertThat(addresses.isCollection()).isTrue();
        assertThat(addresses.collectionType()).isEqualTo(java.util.List.class);
        assertThat(addresses.targetClass()).isEqualTo(Address.class);
        assertThat(addresses.pairs()).containsExactly(new JoinPair(userTable.c("id"), address.c("user_id")));
        assertThat(addresses.mirror()).isSameAs(user);
        assertThat(addresses.cascade()).containsExactlyInAnyOrder(Cascade.SAVE_UPDATE, Cascade.MERGE);
        assertThat(addresses.lazy()).isEqualTo(LoadStrategy.SELECT);

        assertThat(user.direction()).isEqualTo(RelationshipDirection.MANY_TO_ONE);
        assertThat(user.isCollection()).isFalse();
        assertThat(user.pairs()).containsExactly(new JoinPair(userTable.c("id"), address.c("user_id")));
        assertThat(user.mirror()).isSameAs(addresses);
        assertThat(user.secondary()).isNull();
    }

    @Test
    void metamodelAttributesStandForTheMappedColumns() {
        Registry registry = tutorial();
        Table user = registry.metadata().tableNamed("user_account");
        assertThat(User_.name.column()).isSameAs(user.c("name"));
        assertThat(User_.name.type()).isEqualTo(Types.string(30));
        assertThat(User_.name.entityClass()).isEqualTo(User.class);
        assertThat(User_.name).hasToString("User.name");
        assertThat(Address_.userId.column()).isSameAs(registry.metadata().tableNamed("address").c("user_id"));
        assertThat(User_.addresses.property().direction()).isEqualTo(RelationshipDirection.ONE_TO_MANY);
        assertThat(User_.addresses.target().entityClass()).isEqualTo(Address.class);
        assertThat(Address_.user.name()).isEqualTo("user");
    }

    @Test
    void askingForTheSameClassesAgainGivesTheSameRegistry() {
        assertThat(Registry.of(User.class, Address.class)).isSameAs(tutorial());
        assertThat(Registry.of(User.class)).isSameAs(tutorial());
    }

    @Test
    void aClassIsMappedByOneRegistryAtATime() {
        tutorial();
        assertThatThrownBy(() -> new Registry().map(User.class))
                .isInstanceOf(io.alchemy.exc.InvalidRequestError.class)
                .hasMessageContaining("already mapped by another Registry");
    }

    @Test
    void snakeCaseNames() {
        assertThat(Naming.snakeCase("emailAddress")).isEqualTo("email_address");
        assertThat(Naming.snakeCase("UserAccount")).isEqualTo("user_account");
        assertThat(Naming.snakeCase("HTTPServer")).isEqualTo("http_server");
        assertThat(Naming.snakeCase("address2")).isEqualTo("address2");
        assertThat(Naming.snakeCase("id")).isEqualTo("id");
        assertThat(Naming.snakeCase("userID")).isEqualTo("user_id");
    }
}
