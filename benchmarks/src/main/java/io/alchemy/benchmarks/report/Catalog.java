package io.alchemy.benchmarks.report;

import java.util.List;

/**
 * What the report lists for each workload: its title and description, and its contenders in order, with the
 * reason for each Alchemy cell that cannot be measured yet. Numbers never come from here, only labels.
 */
public final class Catalog {

    /** One contender of a workload; {@code missing} says why it is not measured yet, or is {@code null}. */
    public record Contender(String method, String label, String missing) {
        static Contender of(String method, String label) {
            return new Contender(method, label, null);
        }

        static Contender missing(String method, String label, String why) {
            return new Contender(method, label, why);
        }
    }

    /** One workload: the benchmark class, its id (W1…), title, description and contenders. */
    public record Workload(String className, String id, String title, String description, List<Contender> contenders) {
    }

    private static final Contender JDBC = Contender.of("jdbc", "JDBC (hand-written)");
    private static final Contender CORE = Contender.of("alchemyCore", "Alchemy Core");
    private static final Contender ORM = Contender.of("alchemyOrm", "Alchemy ORM");
    private static final Contender JOOQ = Contender.of("jooq", "jOOQ");
    private static final Contender HIBERNATE = Contender.of("hibernate", "Hibernate");

    private static final List<Workload> WORKLOADS = List.of(
            new Workload("W1PkLookup", "W1", "Primary-key lookup",
                    "One user by id, a new connection (or session) per operation; ids cycle over all users. "
                            + "Alchemy Core: `select(users).where(users.c(\"id\").eq(id))` built per call. "
                            + "Alchemy ORM: `Session.get` in a new session. Hibernate: `Session.find` in a new session.",
                    List.of(JDBC, CORE, ORM, JOOQ, HIBERNATE)),
            new Workload("W2FetchRows", "W2", "Fetch N rows",
                    "Users 1..n in id order, each materialized into an object (a record; Hibernate: managed entities). "
                            + "Alchemy Core iterates the `Row`s of a `select()`; Alchemy ORM: "
                            + "`session.scalars(select(OrmUser.class)…).all()`.",
                    List.of(JDBC, CORE, ORM, JOOQ, HIBERNATE)),
            new Workload("W3ObjectGraph", "W3", "Object graph (50 users with their addresses) and N+1",
                    "50 users, each with its 4 addresses. JDBC and Alchemy Core (`select().joinFrom()`): one join, grouped by hand; "
                            + "jOOQ: MULTISET; Hibernate: `join fetch`; Alchemy ORM: `selectinload(OrmUser_.addresses)` (2 queries). The *lazy* rows are the N+1 pattern "
                            + "(1 + 50 queries), reported for reference.",
                    List.of(JDBC, CORE, Contender.of("alchemyOrm", "Alchemy ORM (selectinload)"), JOOQ,
                            HIBERNATE, Contender.of("jdbcLazy", "JDBC, 1 + N queries"),
                            Contender.of("alchemyOrmLazy", "Alchemy ORM, lazy loads"),
                            Contender.of("hibernateLazy", "Hibernate, lazy loads"))),
            new Workload("W4InsertReturning", "W4a", "Bulk insert, generated keys returned",
                    "n new users in one transaction, their generated ids returned. JDBC: multi-row "
                            + "`INSERT … RETURNING` (H2: `SELECT id FROM FINAL TABLE (INSERT …)`) in pages of 1000 rows; "
                            + "jOOQ: multi-row insert with `returning`; Hibernate: `persist` + batched flush "
                            + "(batch 50, pooled sequence). Alchemy Core: executemany of `insert(users).returning(id)` "
                            + "(H2, which has no RETURNING in Alchemy: one INSERT per row with `insertedPrimaryKey()`); "
                            + "one statement per row until insertmanyvalues lands (see stmts/op). Alchemy ORM: `add` then "
                            + "`flush` (the unit of work's INSERT … RETURNING).",
                    List.of(JDBC, CORE, ORM, JOOQ, HIBERNATE)),
            new Workload("W4ExecuteMany", "W4b", "Bulk insert, executemany (no keys)",
                    "n new users in one transaction without reading keys back: JDBC `addBatch`/`executeBatch`; "
                            + "Alchemy Core: executemany of `insert(users)`; jOOQ: `batch(…).bind(…)`.",
                    List.of(JDBC, CORE, JOOQ)),
            new Workload("W5aReadModifyWrite", "W5a", "Read-modify-write one row",
                    "Load one user, change its full name, commit. Alchemy Core: `select()` then `update()`; "
                            + "Alchemy ORM: `Session.get`, a setter, `commit`; jOOQ: `UpdatableRecord.store()`; "
                            + "Hibernate: dirty checking at commit.",
                    List.of(JDBC, CORE, ORM, JOOQ, HIBERNATE)),
            new Workload("W5bFlushChanges", "W5b/c", "Load 1000 rows, change some, flush",
                    "Load 1000 users, change `changed` of them, write the changes in one transaction. JDBC: one "
                            + "batched UPDATE; Alchemy Core: executemany of `update()` with bind parameters; Alchemy ORM: setters, "
                            + "then `commit` flushes the changed objects only, in one executemany; jOOQ: `batchStore`; "
                            + "Hibernate: dirty checking, "
                            + "batched UPDATEs.",
                    List.of(JDBC, CORE, ORM, JOOQ, HIBERNATE)),
            new Workload("W5dAutoFlush", "W5d", "Query in a session holding many clean objects",
                    "One PK query inside a session (transaction) already holding `managed` clean objects: the cost "
                            + "of auto-flush before a query. JDBC runs the query alone, as the floor.",
                    List.of(JDBC, ORM, HIBERNATE)),
            new Workload("W6DynamicQuery", "W6", "Dynamic statement building",
                    "A new statement per call from a 4-way cycle of optional predicates. JDBC: a StringBuilder; "
                            + "Alchemy Core: `select()` with one `where()` per predicate, compiled cache on (500) and "
                            + "off (0); Alchemy ORM: the same on `select(OrmUser.class)` through a Session; jOOQ: a list of conditions; Hibernate: the Criteria API.",
                    List.of(JDBC, CORE, Contender.of("alchemyCoreNoCache", "Alchemy Core, compiled cache off"), ORM,
                            JOOQ, HIBERNATE)),
            new Workload("W7GraphInsert", "W7", "Graph insert (20 users x 2 addresses)",
                    "20 new users, each with 2 new addresses, in one transaction; user keys propagate to the "
                            + "addresses. JDBC and jOOQ: two multi-row inserts returning keys; Hibernate: cascade "
                            + "persist, ordered batched inserts. Alchemy Core: as in W4a, users then addresses. Alchemy ORM: "
                            + "`session.addAll(users)` with the save-update cascade, one flush (insertmanyvalues).",
                    List.of(JDBC, CORE, ORM, JOOQ,
                            HIBERNATE)));

    private Catalog() {
    }

    /** Every workload, in report order. */
    public static List<Workload> workloads() {
        return WORKLOADS;
    }
}
