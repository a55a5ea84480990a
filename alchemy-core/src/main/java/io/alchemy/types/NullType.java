package io.alchemy.types;

/**
 * The type of an expression whose type is not known (yet): a column declared without a type whose foreign key
 * target is not resolved. Values go through the driver unchanged; it has no DDL.
 */
public final class NullType extends SqlType<Object> {
    static final NullType INSTANCE = new NullType();

    private NullType() {
    }

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }

    @Override
    public Object read(java.sql.ResultSet resultSet, int index, TypeContext dialect)
            throws java.sql.SQLException {
        return resultSet.getObject(index);
    }

    @Override
    public String toString() {
        return "NULL";
    }
}
