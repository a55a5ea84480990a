package io.alchemy.orm.model.shop;

/** Not mapped: a package scan leaves it out. */
public final class Helper {
    private Helper() {
    }
}
