package io.alchemy.orm;

import static io.alchemy.Alchemy.column;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.numeric;
import static io.alchemy.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.model.Account;
import io.alchemy.orm.model.Account_;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** SQLAlchemy's {@code map_imperatively}: a plain (instrumented) class mapped onto an existing Core Table. */
class ImperativeMappingTest {

    static Table accountTable(MetaData metadata) {
        return metadata.table("account",
                column("id", INTEGER).primaryKey(),
                column("owner_name", string(50)).nullable(false),
                column("balance", numeric(10, 2)),
                column("extra", STRING));
    }

    /** Maps Account onto a fresh Core table for the duration of {@code body}, then unmaps it. */
    static void withAccountMapping(Consumer<Registry> body) {
        MetaData metadata = new MetaData();
        Registry registry = new Registry(metadata);
        try {
            registry.mapImperatively(Account.class, accountTable(metadata));
            body.accept(registry);
        } finally {
            registry.dispose();
        }
    }

    @Test
    void columnsAreHeldByTheFieldsNamedAfterThem() {
        withAccountMapping(registry -> {
            Mapper<Account> accounts = registry.mapper(Account.class);
            Table table = registry.metadata().tableNamed("account");
            assertThat(accounts.table()).isSameAs(table);
            assertThat(accounts.columnProperties()).extracting(ColumnProperty::name)
                    .containsExactly("id", "ownerName", "balance");
            assertThat(accounts.columnProperty("ownerName").column()).isSameAs(table.c("owner_name"));
            assertThat(accounts.primaryKey()).extracting(ColumnProperty::name).containsExactly("id");
            assertThat(Account_.ownerName.column()).isSameAs(table.c("owner_name"));

            Account account = new Account("sandy", new BigDecimal("1.50"));
            assertThat(accounts.columnProperty("balance").get(account)).isEqualTo(new BigDecimal("1.50"));
        });
    }

    @Test
    void anExplicitColumnMapRenamesFields() {
        MetaData metadata = new MetaData();
        Registry registry = new Registry(metadata);
        try {
            Table table = accountTable(metadata);
            Mapper<Account> accounts = registry.mapImperatively(Account.class, table, Map.of("nickname", "extra"));
            assertThat(accounts.columnProperty("nickname").column()).isSameAs(table.c("extra"));
        } finally {
            registry.dispose();
        }
    }

    @Test
    void aColumnMapNamingAMissingColumnOrFieldIsAnError() {
        MetaData metadata = new MetaData();
        Table table = accountTable(metadata);
        Registry registry = new Registry(metadata);
        assertThatThrownBy(() -> registry.mapImperatively(Account.class, table, Map.of("nickname", "nick")))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("column 'nick'").hasMessageContaining("[id, owner_name, balance, extra]");
        assertThatThrownBy(() -> registry.mapImperatively(Account.class, table, Map.of("surname", "extra")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("no fields [surname]");
        assertThat(registry.mappers()).isEmpty();
    }

    @Test
    void aPrimaryKeyWithoutFieldIsAnError() {
        MetaData metadata = new MetaData();
        Table table = metadata.table("account", column("account_no", INTEGER).primaryKey(), column("owner_name", STRING));
        assertThatThrownBy(() -> new Registry(metadata).mapImperatively(Account.class, table))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("maps no field to primary key column 'account.account_no'");
    }
}
