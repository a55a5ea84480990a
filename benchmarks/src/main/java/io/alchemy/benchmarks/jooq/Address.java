package io.alchemy.benchmarks.jooq;

import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** {@code address} as jOOQ's code generator would describe it. */
public final class Address extends TableImpl<Record> {
    /** The table. */
    public static final Address ADDRESS = new Address();

    public final TableField<Record, Long> ID =
            createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false).identity(true), this, "");
    public final TableField<Record, Long> USER_ID =
            createField(DSL.name("user_id"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<Record, String> EMAIL_ADDRESS =
            createField(DSL.name("email_address"), SQLDataType.VARCHAR(100).nullable(false), this, "");

    private Address() {
        super(DSL.name("address"));
    }
}
