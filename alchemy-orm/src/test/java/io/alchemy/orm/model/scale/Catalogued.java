package io.alchemy.orm.model.scale;

/** A marker interface of mapped classes, for binding by interface. */
public interface Catalogued {
}
