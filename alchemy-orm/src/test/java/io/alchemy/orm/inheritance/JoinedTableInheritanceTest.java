package io.alchemy.orm.inheritance;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.HeadNurse;
import io.alchemy.orm.model.inherit.Nurse;
import io.alchemy.orm.model.inherit.Staff;
import io.alchemy.orm.model.inherit.Staff_;
import io.alchemy.orm.model.inherit.Vet;
import io.alchemy.orm.model.inherit.Vet_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** Joined-table inheritance on every database: a row per table, written and read in order. */
class JoinedTableInheritanceTest {

    private static List<String> statements(SqlRecorder recorder) {
        return recorder.takeStatements().stream().map(e -> e.sql().replace("\n", "").replaceAll(" RETURNING .*", "")
                .replace(" INNER JOIN ", " JOIN "))       // MySQL's spelling (as SQLAlchemy's MySQL dialect writes it)
                .toList();
    }

    @MatrixTest
    void insertsTheBaseRowThenTheSubclassRowsAndLoadsEachClass(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            Vet vet = new Vet("James", "Carter", "radiology");
            Nurse nurse = new Nurse("Helen", "Leary", 3);
            HeadNurse head = new HeadNurse("Linda", "Douglas", 5, "north");
            session.add(vet);
            session.add(nurse);
            session.add(head);
            session.commit();
            assertThat(List.of(vet.getType(), nurse.getType(), head.getType())).containsExactly("vet", "nurse", "head_nurse");
        }
        try (Session session = new Session(engine)) {
            List<Staff> staff = session.scalars(select(Staff.class).orderBy(Staff_.id)).all();
            assertThat(staff).extracting(s -> s.getClass().getSimpleName()).containsExactly("Vet", "Nurse", "HeadNurse");
            assertThat(((Vet) staff.get(0)).getSpecialty()).isEqualTo("radiology");     // loaded on access
            assertThat(((HeadNurse) staff.get(2)).getWard()).isEqualTo("north");
            assertThat(((HeadNurse) staff.get(2)).getShifts()).isEqualTo(5);
            assertThat(session.scalars(select(Nurse.class).orderBy(Staff_.id)).all()).extracting(Staff::getLastName)
                    .containsExactly("Leary", "Douglas");
            assertThat(session.scalars(select(Vet.class).where(Vet_.specialty.eq("radiology"))).one().getFirstName())
                    .isEqualTo("James");
        }
    }

    @MatrixTest
    void writesOnlyTheTablesWhoseColumnsChangedAndDeletesTheSubclassRowFirst(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            HeadNurse head = new HeadNurse("Linda", "Douglas", 5, "north");
            SqlRecorder recorder = SqlRecorder.on(engine);
            session.add(head);
            session.flush();
            assertThat(statements(recorder)).containsExactly(
                    "INSERT INTO inh_staff (first_name, last_name, type) VALUES (?, ?, ?)",
                    "INSERT INTO inh_nurses (id, shifts) VALUES (?, ?)",
                    "INSERT INTO inh_head_nurses (id, ward) VALUES (?, ?)");
            head.setWard("south");
            session.flush();
            assertThat(statements(recorder)).containsExactly("UPDATE inh_head_nurses SET ward=? WHERE inh_head_nurses.id = ?");
            head.setShifts(6);
            head.setLastName("Douglas-Hill");
            session.flush();
            assertThat(statements(recorder)).containsExactly(
                    "UPDATE inh_staff SET last_name=? WHERE inh_staff.id = ?",
                    "UPDATE inh_nurses SET shifts=? WHERE inh_nurses.id = ?");
            session.delete(head);
            session.flush();
            assertThat(statements(recorder)).containsExactly(
                    "DELETE FROM inh_head_nurses WHERE inh_head_nurses.id = ?",
                    "DELETE FROM inh_nurses WHERE inh_nurses.id = ?",
                    "DELETE FROM inh_staff WHERE inh_staff.id = ?");
            engine.removeListener(recorder);
            session.commit();
        }
    }

    @MatrixTest
    void selectOfASubclassJoinsItsTablesAndGetOfTheBaseFindsTheSubclass(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        Integer id;
        try (Session session = new Session(engine)) {
            HeadNurse head = new HeadNurse("Linda", "Douglas", 5, "north");
            session.add(head);
            session.commit();
            id = head.getId();
        }
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            Staff found = session.get(Staff.class, id);
            assertThat(found).isInstanceOf(HeadNurse.class);
            assertThat(session.get(Nurse.class, id)).isSameAs(found);
            assertThat(session.get(Vet.class, id)).isNull();
            String staffColumns = "SELECT inh_staff.id AS inh_staff_id, inh_staff.first_name AS inh_staff_first_name, "
                    + "inh_staff.last_name AS inh_staff_last_name, inh_staff.type AS inh_staff_type";
            assertThat(statements(recorder)).containsExactly(
                    staffColumns + " FROM inh_staff WHERE inh_staff.id = ?",       // get(Staff): the base's columns
                    "SELECT inh_staff.id AS inh_staff_id, inh_nurses.shifts AS inh_nurses_shifts, "  // then its own
                            + "inh_head_nurses.ward AS inh_head_nurses_ward FROM inh_staff JOIN inh_nurses ON "
                            + "inh_staff.id = inh_nurses.id JOIN inh_head_nurses ON inh_nurses.id = inh_head_nurses.id "
                            + "WHERE inh_staff.id IN (?) ORDER BY inh_staff.id");
            session.scalars(select(HeadNurse.class)).all();
            assertThat(statements(recorder)).containsExactly("SELECT inh_staff.id, inh_staff.first_name, "
                    + "inh_staff.last_name, inh_staff.type, inh_nurses.shifts, inh_head_nurses.ward FROM inh_staff "
                    + "JOIN inh_nurses ON inh_staff.id = inh_nurses.id "
                    + "JOIN inh_head_nurses ON inh_nurses.id = inh_head_nurses.id");
            engine.removeListener(recorder);
        }
    }
}
