package io.alchemy.sql;

/**
 * What an INSERT, UPDATE or DELETE writes: a table, and the mapped class it was made from ({@code insert(User.class)})
 * or {@code null} for a Core statement ({@code insert(userTable)}).
 */
record DmlTarget(TableClause table, Class<?> entity) {

    static DmlTarget of(TableClause table) {
        return new DmlTarget(table, null);
    }

    static DmlTarget of(Class<?> entity) {
        return new DmlTarget(EntityResolvers.table(entity), entity);
    }
}
