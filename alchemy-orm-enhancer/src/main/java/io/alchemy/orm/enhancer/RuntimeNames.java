package io.alchemy.orm.enhancer;

/**
 * The names of the alchemy-orm types and members that the enhancer looks for and that enhanced bytecode calls. The
 * enhancer cannot import them: alchemy-orm's own tests are enhanced by it, so depending on alchemy-orm would be a
 * build cycle. They are resolved by name on the class path of the module being enhanced, which has alchemy-orm.
 * alchemy-orm's {@code RuntimeNamesTest} checks every name here against the real class, so moving or renaming one of
 * these types fails that test rather than an application's build.
 */
public final class RuntimeNames {
    /** The annotation of a declaratively mapped class. */
    public static final String MAPPED = "io.alchemy.orm.Mapped";
    /** The annotation of a class whose mapped fields its mapped subclasses inherit. */
    public static final String MAPPED_SUPERCLASS = "io.alchemy.orm.MappedSuperclass";
    /** The annotation of a class mapped imperatively, whose fields are all routed. */
    public static final String INSTRUMENTED = "io.alchemy.orm.Instrumented";
    /** The annotation of a mapped column field. */
    public static final String MAPPED_COLUMN = "io.alchemy.orm.MappedColumn";
    /** The annotation of a version counter field. */
    public static final String VERSION = "io.alchemy.orm.Version";
    /** The annotation of a relationship field. */
    public static final String RELATIONSHIP = "io.alchemy.orm.Relationship";

    /** The interface every enhanced class implements. */
    public static final String MANAGED_ENTITY = "io.alchemy.orm.internal.ManagedEntity";
    /**
     * The name of {@link #MANAGED_ENTITY}'s two methods, the getter {@code ()} and the setter {@code (state)} of the
     * object's state, and of the field the enhancer adds to hold it.
     */
    public static final String STATE = "$alchemy$state";

    /** The class of an object's ORM state, whose static hooks the generated accessors call. */
    public static final String INSTANCE_STATE = "io.alchemy.orm.internal.InstanceState";
    /** The hook before a read of a column field: {@code static void onRead(Object, InstanceState, String)}. */
    public static final String ON_READ = "onRead";
    /** The hook before a write of a column field: {@code static void onWrite(Object, InstanceState, String, Object)}. */
    public static final String ON_WRITE = "onWrite";
    /** The hook giving the value a relationship field's reader returns: {@link #RELATIONSHIP_HOOK_DESCRIPTOR}. */
    public static final String ON_GET = "onGet";
    /** The hook giving the value a relationship field's writer stores: {@link #RELATIONSHIP_HOOK_DESCRIPTOR}. */
    public static final String ON_SET = "onSet";

    /** The internal (slashed) name of {@link #INSTANCE_STATE}. */
    public static final String INSTANCE_STATE_INTERNAL = INSTANCE_STATE.replace('.', '/');
    /** The type descriptor of {@link #INSTANCE_STATE}. */
    public static final String INSTANCE_STATE_DESCRIPTOR = "L" + INSTANCE_STATE_INTERNAL + ";";
    /** The method descriptor of {@link #ON_READ}: {@code (Object entity, InstanceState state, String attribute)void}. */
    public static final String ON_READ_DESCRIPTOR =
            "(Ljava/lang/Object;" + INSTANCE_STATE_DESCRIPTOR + "Ljava/lang/String;)V";
    /** The method descriptor of {@link #ON_WRITE}: {@code (Object entity, InstanceState state, String attribute, Object value)void}. */
    public static final String ON_WRITE_DESCRIPTOR =
            "(Ljava/lang/Object;" + INSTANCE_STATE_DESCRIPTOR + "Ljava/lang/String;Ljava/lang/Object;)V";
    /**
     * The method descriptor of {@link #ON_GET} and {@link #ON_SET}:
     * {@code (Object entity, InstanceState state, String attribute, Object value)Object}.
     */
    public static final String RELATIONSHIP_HOOK_DESCRIPTOR =
            "(Ljava/lang/Object;" + INSTANCE_STATE_DESCRIPTOR + "Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/Object;";

    private RuntimeNames() {
    }
}
