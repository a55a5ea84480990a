package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Reads and writes one field of mapped objects directly, bypassing the enhanced accessors (so loading a row or
 * snapshotting a value fires no instrumentation). Writes convert what the database returned to the field's type
 * ({@link FieldValues}).
 */
public final class FieldAccessor {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final Field field;
    private final MethodHandle getter;
    private final MethodHandle setter;
    private final String where;

    private FieldAccessor(Field field, MethodHandle getter, MethodHandle setter) {
        this.field = field;
        this.getter = getter;
        this.setter = setter;
        this.where = FieldValues.where(field);
    }

    /** Access to {@code field}, checked to be mappable. */
    public static FieldAccessor of(Field field) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
            throw new ArgumentError("Field " + FieldValues.where(field) + " cannot be mapped: mapped fields must be "
                    + "neither static nor final");
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            return new FieldAccessor(field, lookup.unreflectGetter(field).asType(GETTER),
                    lookup.unreflectSetter(field).asType(SETTER));
        } catch (IllegalAccessException e) {
            throw new ArgumentError("Field " + FieldValues.where(field) + " is not accessible to Alchemy; open its "
                    + "package to io.alchemy.orm (module-info: opens …)", e);
        }
    }

    /**
     * Read access to a {@code final} field holding a relationship collection, which the ORM changes in place and
     * never reassigns ({@link InPlaceCollections}).
     */
    public static FieldAccessor ofFinalCollection(Field field) {
        if (Modifier.isStatic(field.getModifiers())) {
            throw new ArgumentError("Field " + FieldValues.where(field) + " cannot be mapped: mapped fields must not "
                    + "be static");
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            return new FieldAccessor(field, lookup.unreflectGetter(field).asType(GETTER), null);
        } catch (IllegalAccessException e) {
            throw new ArgumentError("Field " + FieldValues.where(field) + " is not accessible to Alchemy; open its "
                    + "package to io.alchemy.orm (module-info: opens …)", e);
        }
    }

    /** Whether the field is {@code final}: a collection changed in place, never reassigned. */
    boolean isFinal() {
        return setter == null;
    }

    /** The field. */
    Field field() {
        return field;
    }

    /** The field's type. */
    Class<?> type() {
        return field.getType();
    }

    /** The field's current value (boxed), with no instrumentation. */
    Object get(Object target) {
        try {
            return (Object) getter.invokeExact(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the field to {@code value} converted to its type, with no instrumentation. */
    void set(Object target, Object value) {
        Object converted = FieldValues.convert(value, field.getType(), where);
        try {
            setter.invokeExact(target, converted);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
