package io.alchemy.orm;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.or;
import static io.alchemy.Alchemy.select;
import static io.alchemy.testing.AssertCompile.assertCompile;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.sqlite.SQLiteDialect;
import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.Address_;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.User_;
import io.alchemy.schema.Table;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metamodel attributes compile exactly as the columns they stand for (reference S5 and S7 strings, SQLite). */
class MetamodelExpressionTest {
    private static Table user;

    @BeforeAll
    static void map() {
        user = DeclarativeMappingTest.tutorial().metadata().tableNamed("user_account");
    }


    @Test
    void aColumnAttributeRendersAsItsColumn() {
        assertCompile(select(User_.fullname).where(User_.id.eq(2)),
                "SELECT user_account.fullname \nFROM user_account \nWHERE user_account.id = ?", new SQLiteDialect());
        assertCompile(User_.name.eq("spongebob"), "user_account.name = :name_1");
        assertThat(Address_.emailAddress.name()).isEqualTo("email_address");
        assertThat(Address_.emailAddress.attributeName()).isEqualTo("emailAddress");
    }

    @Test
    void anEntityStandsForAllItsColumns() {
        assertCompile(select(User.class).filterBy(Map.of("name", "sandy")),
                "SELECT user_account.id, user_account.name, user_account.fullname \nFROM user_account \n"
                        + "WHERE user_account.name = ?", new SQLiteDialect());
        assertCompile(select(User_.name, Address.class).where(User_.id.eq(Address_.userId))
                .orderBy(Address_.id), "SELECT user_account.name, address.id, address.email_address, address.user_id \n"
                        + "FROM user_account, address \nWHERE user_account.id = address.user_id ORDER BY address.id",
                        new SQLiteDialect());
    }

    @Test
    void attributesWorkInCompoundCriteriaAndFunctions() {
        assertCompile(select(Address_.emailAddress).where(and(or(User_.name.eq("squidward"), User_.name.eq("sandy")),
                Address_.userId.eq(User_.id))),
                "SELECT address.email_address \nFROM address, user_account \nWHERE (user_account.name = "
                        + ":name_1 OR user_account.name = :name_2) AND address.user_id = user_account.id");
        assertThat(select(User_.name, func.count(Address_.id).label("count")).toString())
                .startsWith("SELECT user_account.name, count(address.id) AS count");
    }

    @Test
    void statementsOfTheSameShapeShareACacheKeyWhateverTheirValues() {
        assertThat(select(User_.name).where(User_.id.eq(5)).cacheKey())
                .isEqualTo(select(User_.name).where(User_.id.eq(7)).cacheKey())
                .isNotEqualTo(select(User_.fullname).where(User_.id.eq(7)).cacheKey());
        assertThat(select(User.class).cacheKey()).isEqualTo(select(User.class).cacheKey());
        assertCompile(select(User_.name), select(user.c("name")).compile(new SQLiteDialect()).sql(),
                new SQLiteDialect());
    }
}
