package io.alchemy.orm.mapping;

/** Which side holds the foreign key of a {@link Relationship} (SQLAlchemy's {@code ONETOMANY}, …). */
public enum RelationshipDirection {
    /** The target's table refers to the parent's: {@code User.addresses}. */
    ONE_TO_MANY,
    /** The parent's table refers to the target's: {@code Address.user}. */
    MANY_TO_ONE,
    /** An association ({@code secondary}) table refers to both. */
    MANY_TO_MANY
}
