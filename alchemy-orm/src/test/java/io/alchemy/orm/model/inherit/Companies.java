package io.alchemy.orm.model.inherit;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SQLAlchemy's {@code test/orm/inheritance/_poly_fixtures.py} (joined): companies and their people, engineers,
 * managers and bosses, each subclass in a table of its own. Machines and paperwork are left out.
 */
public final class Companies {
    private Companies() {
    }

    /** companies(company_id, name). */
    @Mapped(table = "companies")
    public static class Company {
        @MappedColumn(primaryKey = true) public @Nullable Integer companyId;
        @MappedColumn(length = 50) public @Nullable String name;
        @Relationship(backPopulates = "company", orderBy = "person_id") List<Person> employees = new ArrayList<>();

        protected Company() {
        }

        public Company(String name, Person... employees) {
            this.name = name;
            this.employees.addAll(List.of(employees));
        }

        public List<Person> getEmployees() {
            return employees;
        }
    }

    /** people(person_id, company_id, name, type). */
    @Mapped(table = "people", polymorphicOn = "type", polymorphicIdentity = "person")
    public static class Person {
        @MappedColumn(primaryKey = true) public @Nullable Integer personId;
        @MappedColumn(foreignKey = "companies.company_id") @Nullable Integer companyId;
        @MappedColumn(length = 50) @Nullable String name;
        @MappedColumn(length = 30) @Nullable String type;
        @Relationship(backPopulates = "employees") @Nullable Company company;

        protected Person() {
        }

        public Person(String name) {
            this.name = name;
        }

        public @Nullable String getName() {
            return name;
        }
    }

    /** engineers(person_id, status, engineer_name, primary_language). */
    @Mapped(table = "engineers", polymorphicIdentity = "engineer")
    public static class Engineer extends Person {
        @MappedColumn(length = 30) @Nullable String status;
        @MappedColumn(length = 50) @Nullable String engineerName;
        @MappedColumn(length = 50) @Nullable String primaryLanguage;

        protected Engineer() {
        }

        public Engineer(String name, String engineerName, String primaryLanguage, String status) {
            super(name);
            this.engineerName = engineerName;
            this.primaryLanguage = primaryLanguage;
            this.status = status;
        }

        public @Nullable String getPrimaryLanguage() {
            return primaryLanguage;
        }
    }

    /** managers(person_id, status, manager_name). */
    @Mapped(table = "managers", polymorphicIdentity = "manager")
    public static class Manager extends Person {
        @MappedColumn(length = 30) @Nullable String status;
        @MappedColumn(length = 50) @Nullable String managerName;

        protected Manager() {
        }

        public Manager(String name, String managerName, String status) {
            super(name);
            this.managerName = managerName;
            this.status = status;
        }

        public @Nullable String getStatus() {
            return status;
        }
    }

    /** boss(person_id, golf_swing). */
    @Mapped(table = "boss", polymorphicIdentity = "boss")
    public static class Boss extends Manager {
        @MappedColumn(length = 30) @Nullable String golfSwing;

        protected Boss() {
        }

        public Boss(String name, String golfSwing, String managerName, String status) {
            super(name, managerName, status);
            this.golfSwing = golfSwing;
        }

        public @Nullable String getGolfSwing() {
            return golfSwing;
        }
    }
}
