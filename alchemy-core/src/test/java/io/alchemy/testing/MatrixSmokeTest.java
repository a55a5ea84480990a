package io.alchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

class MatrixSmokeTest {

    @MatrixTest
    void eachDatabaseStartsEmptyAndAnswers(TestDatabase db) throws Exception {
        db.run("CREATE TABLE matrix_probe (x INT)", "INSERT INTO matrix_probe (x) VALUES (42)");
        try (Connection c = db.openJdbc(); ResultSet rs = c.createStatement().executeQuery("SELECT x FROM matrix_probe")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @MatrixTest
    @RequiresCapability(Capability.FULL_OUTER_JOIN)
    void aCapabilityConditionRunsOnlyWhereTheDialectHasIt(TestDatabase db) {
        assertThat(db.engine().dialect().supportsFullOuterJoin()).isTrue();
    }
}
