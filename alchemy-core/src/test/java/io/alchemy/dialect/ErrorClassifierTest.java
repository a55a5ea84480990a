package io.alchemy.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.ErrorClassifier.Kind;
import io.alchemy.dialect.h2.H2ErrorClassifier;
import io.alchemy.dialect.mysql.MySQLErrorClassifier;
import io.alchemy.dialect.postgresql.PostgreSQLErrorClassifier;
import io.alchemy.dialect.sqlite.SQLiteErrorClassifier;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.IntegrityError;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQLState, vendor-code and exception-class readings of each dialect's classifier. */
class ErrorClassifierTest {

    @Test
    void standardSqlStateClasses() {
        ErrorClassifier classifier = new PostgreSQLErrorClassifier();
        assertThat(classifier.kindOf(state("23505"))).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(state("08001"))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(state("42P01"))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(state("22012"))).isEqualTo(Kind.DATA);
        assertThat(classifier.kindOf(state("40P01"))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(state("0A000"))).isEqualTo(Kind.NOT_SUPPORTED);
        assertThat(classifier.kindOf(state("XX000"))).isEqualTo(Kind.INTERNAL);
        assertThat(classifier.kindOf(state("57014"))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(state("3D000"))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(state(null))).isEqualTo(Kind.DATABASE);
    }

    @Test
    void exceptionClassesAndChainedExceptionsDecideWhenTheStateDoesNot() {
        ErrorClassifier classifier = new ErrorClassifier();
        assertThat(classifier.kindOf(new SQLSyntaxErrorException("bad"))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(new SQLTransientConnectionException("timeout"))).isEqualTo(Kind.OPERATIONAL);
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
        batch.setNextException(state("23503"));
        assertThat(classifier.kindOf(batch)).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(new SQLException("wrapped", null, 0, state("22001")))).isEqualTo(Kind.DATA);
    }

    @Test
    void classifyBuildsTheSubclassWithSqlAndParameters() {
        DBAPIError error = new ErrorClassifier().classify(new SQLException("duplicate", "23505", 7), "INSERT", List.of(1));
        assertThat(error).isInstanceOf(IntegrityError.class).hasMessageContaining("[SQL: INSERT]").hasMessageContaining("[parameters: (1,)]");
        assertThat(error.sqlState()).isEqualTo("23505");
        assertThat(error.vendorCode()).isEqualTo(7);
    }

    @Test
    void sqliteReadsTheResultCode() {
        ErrorClassifier classifier = new SQLiteErrorClassifier();
        assertThat(classifier.kindOf(new SQLException("[SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed", null, 1555)))
                .isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(new SQLException("[SQLITE_CONSTRAINT_NOTNULL] NOT NULL", null, 1299))).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(new SQLException("[SQLITE_ERROR] no such table: x", null, 1))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(new SQLException("[SQLITE_BUSY] database is locked", null, 5))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(new SQLException("[SQLITE_TOOBIG] string or blob too big", null, 18))).isEqualTo(Kind.DATA);
        assertThat(classifier.kindOf(new SQLException("[SQLITE_CONSTRAINT_FOREIGNKEY] FOREIGN KEY", null, 0))).isEqualTo(Kind.INTEGRITY);
    }

    @Test
    void mysqlReadsTheVendorCode() {
        ErrorClassifier classifier = new MySQLErrorClassifier();
        assertThat(classifier.kindOf(new SQLException("Duplicate entry", "23000", 1062))).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(new SQLException("Cannot add or update a child row", "23000", 1452))).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(new SQLException("Cannot delete a parent row", "23000", 1451))).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(new SQLException("cannot be null", "23000", 1048))).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(new SQLException("doesn't exist", "42S02", 1146))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(new SQLException("Unknown column", "42S22", 1054))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(new SQLException("syntax", "42000", 1064))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(new SQLException("Data too long", "22001", 1406))).isEqualTo(Kind.DATA);
        assertThat(classifier.kindOf(new SQLException("Deadlock", "40001", 1213))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(new SQLException("general", "HY000", 1234))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(new SQLException("client", "HY000", 999))).isEqualTo(Kind.INTERNAL);
        assertThat(classifier.kindOf(new SQLException("connection refused", "08000", 0))).isEqualTo(Kind.OPERATIONAL);
    }

    @Test
    void h2SeparatesLostDatabasesFromUsageErrors() {
        ErrorClassifier classifier = new H2ErrorClassifier();
        assertThat(classifier.kindOf(state("23505"))).isEqualTo(Kind.INTEGRITY);
        assertThat(classifier.kindOf(state("90067"))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(state("HYT00"))).isEqualTo(Kind.OPERATIONAL);
        assertThat(classifier.kindOf(state("90001"))).isEqualTo(Kind.PROGRAMMING);
        assertThat(classifier.kindOf(state("42S02"))).isEqualTo(Kind.PROGRAMMING);
    }

    @Test
    void everyDialectHasItsClassifier() {
        assertThat(Dialects.byName("sqlite").errorClassifier()).isInstanceOf(SQLiteErrorClassifier.class);
        assertThat(Dialects.byName("mariadb").errorClassifier()).isInstanceOf(MySQLErrorClassifier.class);
        assertThat(Dialects.byName("h2").errorClassifier()).isInstanceOf(H2ErrorClassifier.class);
        assertThat(Dialects.byName("postgresql").errorClassifier()).isInstanceOf(PostgreSQLErrorClassifier.class);
    }

    private static SQLException state(String sqlState) {
        return new SQLException("error " + sqlState, sqlState);
    }

    @Test
    void writesRefusedAsReadOnlyAreReadOnlyErrors() {
        assertThat(new PostgreSQLErrorClassifier().classify(
                state("25006"), "INSERT INTO t VALUES (1)", List.of())).isInstanceOf(io.alchemy.exc.ReadOnlyError.class)
                .isInstanceOf(io.alchemy.exc.InternalError.class);
        ErrorClassifier mysql = new MySQLErrorClassifier();
        assertThat(mysql.kindOf(new SQLException("(conn=5) The MariaDB server is running with the --read-only option "
                + "so it cannot execute this statement", "HY000", 1290))).isEqualTo(Kind.READ_ONLY);
        assertThat(mysql.kindOf(new SQLException("Cannot execute statement in a READ ONLY transaction", "25006", 1792)))
                .isEqualTo(Kind.READ_ONLY);
        assertThat(mysql.kindOf(new SQLException("The MySQL server is running with the --secure-file-priv option so it "
                + "cannot execute this statement", "HY000", 1290))).isEqualTo(Kind.OPERATIONAL);
    }
}
