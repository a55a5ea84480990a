package io.alchemy.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

class ReflectedTypesTest {

    @Test
    void mapsEachDatabasesSpellings() {
        assertThat(ReflectedTypes.fromSql("int")).isEqualTo(Types.INTEGER);
        assertThat(ReflectedTypes.fromSql("int(11)")).isEqualTo(Types.INTEGER);
        assertThat(ReflectedTypes.fromSql("int4")).isEqualTo(Types.INTEGER);
        assertThat(ReflectedTypes.fromSql("bigint(20) unsigned")).isEqualTo(Types.BIGINT);
        assertThat(ReflectedTypes.fromSql("character varying(30)")).isEqualTo(Types.string(30));
        assertThat(ReflectedTypes.fromSql("VARCHAR")).isEqualTo(Types.STRING);
        assertThat(ReflectedTypes.fromSql("numeric(10,2)")).isEqualTo(Types.numeric(10, 2));
        assertThat(ReflectedTypes.fromSql("DECIMAL(10, 2)")).isEqualTo(Types.numeric(10, 2));
        assertThat(ReflectedTypes.fromSql("timestamp(6) with time zone")).isEqualTo(Types.datetime(true));
        assertThat(ReflectedTypes.fromSql("timestamp without time zone")).isEqualTo(Types.DATETIME);
        assertThat(ReflectedTypes.fromSql("datetime(6)")).isEqualTo(Types.DATETIME);
        assertThat(ReflectedTypes.fromSql("double precision")).isEqualTo(Types.DOUBLE);
        assertThat(ReflectedTypes.fromSql("CHARACTER LARGE OBJECT")).isEqualTo(Types.TEXT);
        assertThat(ReflectedTypes.fromSql("bytea")).isEqualTo(Types.LARGE_BINARY);
        assertThat(ReflectedTypes.fromSql("jsonb")).isEqualTo(Types.JSON);
        assertThat(ReflectedTypes.fromSql("enum('a','bbb')")).isEqualTo(Types.string(3));
        assertThat(ReflectedTypes.fromSql("bit(1)")).isEqualTo(Types.BOOLEAN);
        assertThat(ReflectedTypes.fromSql("bpchar(32)")).isEqualTo(Types.character(32));
    }

    @Test
    void unknownSpellingsBecomeRawTypes() {
        assertThat(ReflectedTypes.fromSql("interval")).isEqualTo(Types.raw("INTERVAL"));
        assertThat(ReflectedTypes.fromSqlOrNull("geometry")).isNull();
    }
}
