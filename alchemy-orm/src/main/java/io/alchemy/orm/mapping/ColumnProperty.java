package io.alchemy.orm.mapping;

import io.alchemy.schema.Column;

/**
 * A field mapped to a column of its class's table (SQLAlchemy's {@code ColumnProperty}). Reads and writes through
 * {@link #get} and {@link #set} go straight to the field, without the instrumentation: the ORM uses them to load rows
 * and take snapshots.
 */
public final class ColumnProperty implements MapperProperty {
    private final String name;
    private final FieldAccessor field;
    private final Column<?> column;
    private final boolean versionCounter;
    private Mapper<?> parent;

    /** A column attribute {@code name} held by {@code field}, mapped to {@code column}. */
    public ColumnProperty(String name, FieldAccessor field, Column<?> column, boolean versionCounter) {
        this.name = name;
        this.field = field;
        this.column = column;
        this.versionCounter = versionCounter;
    }

    /** The same attribute (same field) mapped to {@code other}: an inherited attribute, or a joined table's key. */
    public ColumnProperty withColumn(Column<?> other) {
        return new ColumnProperty(name, field, other, versionCounter);
    }

    void attach(Mapper<?> owner) {
        this.parent = owner;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Mapper<?> parent() {
        return parent;
    }

    /** The table column. */
    public Column<?> column() {
        return column;
    }

    /** The Java type of the field ({@code int}, {@code String}, …). */
    public Class<?> javaType() {
        return field.type();
    }

    /** Whether the column is part of the table's primary key. */
    public boolean isPrimaryKey() {
        return column.isPrimaryKey();
    }

    /** Whether this is the mapper's version counter ({@link Version}). */
    public boolean isVersionCounter() {
        return versionCounter;
    }

    /** The field's value in {@code entity}, with no instrumentation (no load of an expired value). */
    public Object get(Object entity) {
        return field.get(entity);
    }

    /** Sets the field of {@code entity}, converting the value to the field's type, with no instrumentation. */
    public void set(Object entity, Object value) {
        field.set(entity, value);
    }

    @Override
    public String toString() {
        return (parent == null ? "?" : parent.entityClass().getSimpleName()) + "." + name;
    }
}
