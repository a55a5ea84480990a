package io.alchemy.schema;

import static io.alchemy.Alchemy.column;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.Dialects;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TOUR §3 / tutorial S3: the Table model and the exact DDL SQLAlchemy emits on SQLite (reference §1.3). */
class TutorialMetadataTest {
    static final String USER_DDL = "\nCREATE TABLE user_account (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(30), \n\t"
            + "fullname VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n";
    static final String ADDRESS_DDL = "\nCREATE TABLE address (\n\tid INTEGER NOT NULL, \n\tuser_id INTEGER NOT NULL, \n\t"
            + "email_address VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(user_id) REFERENCES user_account (id)\n)\n\n";

    /** The tutorial's two tables, declared as TOUR §3 writes them. */
    static MetaData tutorialMetadata() {
        MetaData metadata = new MetaData();
        metadata.table("user_account",
                column("id", INTEGER).primaryKey(),
                column("name", string(30)),
                column("fullname", STRING));
        metadata.table("address",
                column("id", INTEGER).primaryKey(),
                column("user_id").references("user_account.id").nullable(false),
                column("email_address", STRING).nullable(false));
        return metadata;
    }

    @Test
    void tableModelAnswersLikeSqlalchemy() {
        MetaData metadata = tutorialMetadata();
        Table userTable = metadata.tables().get("user_account");
        Table addressTable = metadata.tables().get("address");

        assertThat(userTable.columnKeys()).containsExactly("id", "name", "fullname");
        assertThat(userTable.c("name").type()).isEqualTo(string(30));
        assertThat(userTable.c("name").repr()).isEqualTo("Column('name', VARCHAR(30), table=<user_account>)");
        assertThat(userTable.primaryKey()).hasToString("PrimaryKeyConstraint(id)");
        assertThat(userTable.c("id").isNullable()).isFalse();
        assertThat(userTable.c("name").isNullable()).isTrue();
        assertThat(addressTable.foreignKeys()).hasSize(1);
        assertThat(addressTable.foreignKeys().get(0)).hasToString("ForeignKey(address.user_id -> user_account.id)");
        assertThat(addressTable.c("user_id").type()).isSameAs(Types.INTEGER);
        assertThat(addressTable.c("user_id", Integer.class).name()).isEqualTo("user_id");
        assertThat(metadata.tables().keySet()).containsExactly("user_account", "address");
        assertThat(metadata.sortedTables()).containsExactly(userTable, addressTable);
    }

    @Test
    void sqliteCreateTableIsExactlySqlalchemys() {
        MetaData metadata = tutorialMetadata();
        var sqlite = Dialects.byName("sqlite");
        String user = new CreateTable(metadata.tables().get("user_account")).compile(sqlite).sql();
        String address = new CreateTable(metadata.tables().get("address")).compile(sqlite).sql();

        assertThat(user).isEqualTo(USER_DDL);
        assertThat(address).isEqualTo(ADDRESS_DDL);
        assertThat(flatten(user)).isEqualTo("CREATE TABLE user_account (id INTEGER NOT NULL, name VARCHAR(30), "
                + "fullname VARCHAR, PRIMARY KEY (id))");
    }

    @Test
    void declarationOrderDoesNotMatterForTheForeignKeyType() {
        MetaData metadata = new MetaData();
        Table address = metadata.table("address", column("id", INTEGER).primaryKey(),
                column("user_id").references("user_account.id"));
        assertThat(address.c("user_id").type()).isSameAs(Types.NULLTYPE);
        metadata.table("user_account", column("id", Types.BIGINT).primaryKey());
        assertThat(address.c("user_id").type()).isSameAs(Types.BIGINT);
        assertThat(metadata.sortedTables()).extracting(Table::name).containsExactly("user_account", "address");
    }

    static String flatten(String ddl) {
        return ddl.replace("\n", "").replace("\t", "");
    }

    static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }
}
