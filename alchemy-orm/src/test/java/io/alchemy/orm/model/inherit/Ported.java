package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import org.jspecify.annotations.Nullable;

/**
 * The classes of SQLAlchemy's inheritance tests ({@code test/orm/inheritance/test_basic.py}, {@code test_single.py})
 * in declarative form: the same tables and columns, the subclass's key column inherited rather than redeclared.
 */
public final class Ported {
    private Ported() {
    }

    /** test_basic GetTest: foo ← bar ← blub, joined. */
    @Mapped(table = "foo", polymorphicOn = "type", polymorphicIdentity = "foo")
    public static class Foo {
        @MappedColumn(primaryKey = true) public @Nullable Integer id;
        @MappedColumn(length = 30) public @Nullable String type;
        @MappedColumn(length = 20) public @Nullable String data;
    }

    /** bar(id → foo.id, bar_data). */
    @Mapped(table = "bar", polymorphicIdentity = "bar")
    public static class Bar extends Foo {
        @MappedColumn(length = 20) public @Nullable String barData;
    }

    /** blub(id → bar.id, blub_data). */
    @Mapped(table = "blub", polymorphicIdentity = "blub")
    public static class Blub extends Bar {
        @MappedColumn(length = 20) public @Nullable String blubData;
    }

    /** test_basic OptimizedLoadTest: base with a server default. */
    @Mapped(table = "base", polymorphicOn = "type", polymorphicIdentity = "base")
    public static class Base {
        @MappedColumn(primaryKey = true) public @Nullable Integer id;
        @MappedColumn(length = 50) public @Nullable String data;
        @MappedColumn(length = 50) public @Nullable String type;
        @MappedColumn(serverDefault = "1") public @Nullable Integer counter;
    }

    /** sub(id → base.id, sub, subcounter, subcounter2). */
    @Mapped(table = "sub", polymorphicIdentity = "sub")
    public static class Sub extends Base {
        @MappedColumn(length = 50) public @Nullable String sub;
        @MappedColumn(serverDefault = "1") public @Nullable Integer subcounter;
        @MappedColumn(serverDefault = "1") public @Nullable Integer subcounter2;

        /** Read in the class's own code, so loaded when expired. */
        public @Nullable Integer getSubcounter2() {
            return subcounter2;
        }
    }

    /** test_single SingleInheritanceTest: employees, one table. */
    @Mapped(table = "employees", polymorphicOn = "type")
    public abstract static class Employee {
        @MappedColumn(primaryKey = true) public @Nullable Integer employeeId;
        @MappedColumn(length = 50) public @Nullable String name;
        @MappedColumn(length = 20) public @Nullable String type;
    }

    /** A manager: manager_data. */
    @Mapped(polymorphicIdentity = "manager")
    public static class Manager extends Employee {
        @MappedColumn(length = 50) public @Nullable String managerData;

        protected Manager() {
        }

        public Manager(String name, String managerData) {
            this.name = name;
            this.managerData = managerData;
        }

        public @Nullable String getManagerData() {
            return managerData;
        }
    }

    /** An engineer: engineer_info. */
    @Mapped(polymorphicIdentity = "engineer")
    public static class Engineer extends Employee {
        @MappedColumn(length = 50) public @Nullable String engineerInfo;

        protected Engineer() {
        }

        public Engineer(String name, String engineerInfo) {
            this.name = name;
            this.engineerInfo = engineerInfo;
        }
    }

    /** A junior engineer. */
    @Mapped(polymorphicIdentity = "juniorengineer")
    public static class JuniorEngineer extends Engineer {
        protected JuniorEngineer() {
        }

        public JuniorEngineer(String name, String engineerInfo) {
            super(name, engineerInfo);
        }
    }

    /** test_basic UnexpectedPolymorphicIdentityTest: single-table. */
    @Mapped(table = "asingle", polymorphicOn = "type", polymorphicIdentity = "a")
    public static class ASingle {
        @MappedColumn(primaryKey = true) public @Nullable Integer id;
        @MappedColumn(length = 10) public String type = "";
    }

    /** Identity suba. */
    @Mapped(polymorphicIdentity = "suba")
    public static class ASingleSubA extends ASingle {
    }

    /** Identity subb. */
    @Mapped(polymorphicIdentity = "subb")
    public static class ASingleSubB extends ASingle {
    }

    /** The same, joined. */
    @Mapped(table = "ajoined", polymorphicOn = "type", polymorphicIdentity = "a")
    public static class AJoined {
        @MappedColumn(primaryKey = true) public @Nullable Integer id;
        @MappedColumn(length = 10) public String type = "";
    }

    /** ajoinedsuba(id → ajoined.id). */
    @Mapped(table = "ajoinedsuba", polymorphicIdentity = "suba")
    public static class AJoinedSubA extends AJoined {
    }

    /** ajoinedsubb(id → ajoined.id). */
    @Mapped(table = "ajoinedsubb", polymorphicIdentity = "subb")
    public static class AJoinedSubB extends AJoined {
    }
}
