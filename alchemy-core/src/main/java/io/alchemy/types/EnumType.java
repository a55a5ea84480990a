package io.alchemy.types;

import io.alchemy.exc.ArgumentError;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/**
 * A Java enum stored by constant name: a native ENUM on MySQL/MariaDB, elsewhere a VARCHAR as long as the longest
 * name, which the DDL guards with a CHECK constraint. Binds a constant of the enum or its name.
 *
 * @param <E> the enum
 */
public final class EnumType<E extends Enum<E>> extends SqlType<E> {
    private final Class<E> enumClass;
    private final List<String> names;

    EnumType(Class<E> enumClass) {
        if (enumClass == null || !enumClass.isEnum()) {
            throw new ArgumentError("enumType needs an enum class, not " + enumClass);
        }
        this.enumClass = enumClass;
        this.names = Arrays.stream(enumClass.getEnumConstants()).map(Enum::name).toList();
        if (names.isEmpty()) {
            throw new ArgumentError("Enum " + enumClass.getName() + " has no constants");
        }
    }

    /** The constants' names, in declaration order. */
    public List<String> names() {
        return names;
    }

    /** The length of the longest name: the VARCHAR length used where there is no native ENUM. */
    public int length() {
        return names.stream().mapToInt(String::length).max().orElse(1);
    }

    @Override
    public Class<E> javaType() {
        return enumClass;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (enumClass.isInstance(value)) {
            statement.setString(index, enumClass.cast(value).name());
        } else if (value instanceof String name && names.contains(name)) {
            statement.setString(index, name);
        } else if (value instanceof String) {
            throw Binding.doesNotFit(this, value, "not one of " + names);
        } else {
            throw Binding.wrongType(this, value);
        }
    }

    @Override
    public E read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        String name = resultSet.getString(index);
        if (name == null) {
            return null;
        }
        if (!names.contains(name)) {
            throw new SQLDataException("'" + name + "' is not a constant of " + enumClass.getName() + " " + names);
        }
        return Enum.valueOf(enumClass, name);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitEnum(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumType<?> other && other.enumClass == enumClass;
    }

    @Override
    public int hashCode() {
        return enumClass.hashCode();
    }

    @Override
    public String toString() {
        return "ENUM(" + enumClass.getSimpleName() + ")";
    }
}
