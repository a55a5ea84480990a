package io.alchemy.benchmarks.orm;

import io.alchemy.orm.Registry;

/** The ORM contenders' mapping, made once per process (the tables exist: the fixture creates them). */
public final class OrmMapping {
    private static volatile Registry registry;

    private OrmMapping() {
    }

    /** Maps the suite's classes on first use. */
    public static Registry registry() {
        Registry result = registry;
        if (result == null) {
            synchronized (OrmMapping.class) {
                result = registry;
                if (result == null) {
                    result = Registry.of(OrmUser.class, OrmAddress.class);
                    registry = result;
                }
            }
        }
        return result;
    }
}
