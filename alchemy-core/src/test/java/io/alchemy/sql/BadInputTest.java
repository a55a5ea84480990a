package io.alchemy.sql;

import static io.alchemy.Alchemy.*;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.CompileError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.NoSuchColumnError;
import io.alchemy.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a typed exception that names what was wrong. */
class BadInputTest {
    private final Tutorial t = new Tutorial();
    private final Table user = t.user;
    private final Table address = t.address;

    @Test
    void unknownColumnsAreNamed() {
        assertThatThrownBy(() -> insert(user).values(Map.of("nmae", "x"))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Unconsumed column names: nmae");
        assertThatThrownBy(() -> user.alias().c("nmae")).isInstanceOf(NoSuchColumnError.class)
                .hasMessageContaining("no column 'nmae'");
        assertThatThrownBy(() -> select(user.c("id")).subquery().c("nmae")).isInstanceOf(NoSuchColumnError.class)
                .hasMessageContaining("it has [id]");
    }

    @Test
    void selectsMustBeMadeScalarToBeValues() {
        Select<?> inner = select(user.c("id"));
        assertThatThrownBy(() -> select(inner)).isInstanceOf(ArgumentError.class).hasMessageContaining("scalarSubquery()");
        assertThatThrownBy(() -> user.c("id").eq(inner)).isInstanceOf(ArgumentError.class).hasMessageContaining("scalarSubquery()");
        assertThatThrownBy(() -> select("id")).isInstanceOf(ArgumentError.class).hasMessageContaining("java.lang.String");
    }

    @Test
    void unresolvableLabelReferencesAreCompileErrors() {
        assertThatThrownBy(() -> select(user.c("id")).orderBy("nope").toString()).isInstanceOf(CompileError.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void joinsWithoutASingleForeignKey() {
        Tutorial other = new Tutorial();
        assertThatThrownBy(() -> select(user).join(other.user).toString()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("Can't find any foreign key relationships between 'user_account' and 'user_account'");
        Alias a1 = address.alias();
        assertThatThrownBy(() -> select(user, address, a1.c("id")).join(user.alias()).toString())
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("multiple FROMS");
    }

    @Test
    void malformedStatements() {
        assertThatThrownBy(() -> unionAll(select(user.c("id")), select(user.c("id"), user.c("name"))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("same number of columns");
        assertThatThrownBy(() -> select(user).limit(-1)).isInstanceOf(ArgumentError.class).hasMessageContaining("LIMIT");
        assertThatThrownBy(() -> insert(address).fromSelect(List.of("user_id"), select(user.c("id"), user.c("name"))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("names 1 columns but the SELECT has 2");
        assertThatThrownBy(() -> update(user).orderedValues(List.of(Map.entry(user.c("name"), "x"))).values(Map.of("id", 1)))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("orderedValues");
        assertThatThrownBy(() -> func.call("drop table x; --")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("not a valid SQL function name");
        assertThatThrownBy(() -> literalColumn("")).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> insert(user).values(List.of(Map.of("name", "a"), Map.of("fullname", "b"))))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("same columns");
    }

    @Test
    void updateWithNothingToSet() {
        assertThatThrownBy(() -> update(user).compile(SQLITE, CompileOptions.forParameters(java.util.Set.of("x"))))
                .isInstanceOf(CompileError.class).hasMessageContaining("no values to SET");
    }

    @Test
    void missingAndMistypedParametersAtBindTime() {
        Select<?> stmt = select(user.c("id")).where(user.c("name").eq(bindparam("username")));
        Compiled compiled = stmt.compile(SQLITE);
        assertThatThrownBy(() -> stmt.bind(compiled, Map.of())).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("A value is required for bind parameter 'username'");
        Select<?> in = select(user.c("id")).where(user.c("id").in(bindparam("ids")));
        assertThatThrownBy(() -> in.bind(in.compile(SQLITE), Map.of("ids", 5))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("'ids' needs a collection");
    }

    @Test
    void oneNameTwoValuesIsACompileError() {
        Select<?> stmt = select(user.c("id")).where(user.c("name").eq(bindparam("n", null, "a")),
                user.c("fullname").eq(bindparam("n", null, "b")));
        assertThatThrownBy(stmt::toString).isInstanceOf(CompileError.class).hasMessageContaining("'n' is used twice");
    }

    @Test
    void literalRenderingOfAnUnknownTypeIsACompileError() {
        Select<?> stmt = select(user.c("id")).where(user.c("name").eq(new Object()));
        assertThatThrownBy(() -> stmt.compile(SQLITE, CompileOptions.literalBinds())).isInstanceOf(CompileError.class)
                .hasMessageContaining("No literal value renderer");
    }
}
