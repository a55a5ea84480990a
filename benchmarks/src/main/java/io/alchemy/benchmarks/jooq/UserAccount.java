package io.alchemy.benchmarks.jooq;

import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * {@code user_account} as jOOQ's code generator would describe it (written out here so the build needs no
 * database): typed fields and the primary key, which {@link UserAccountRecord} needs to update itself.
 */
public final class UserAccount extends TableImpl<UserAccountRecord> {
    /** The table. */
    public static final UserAccount USER_ACCOUNT = new UserAccount();

    private static final UniqueKey<UserAccountRecord> PRIMARY_KEY = Internal.createUniqueKey(USER_ACCOUNT,
            DSL.name("user_account_pkey"), new TableField[] {USER_ACCOUNT.ID}, true);

    public final TableField<UserAccountRecord, Long> ID =
            createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false).identity(true), this, "");
    public final TableField<UserAccountRecord, String> NAME =
            createField(DSL.name("name"), SQLDataType.VARCHAR(30).nullable(false), this, "");
    public final TableField<UserAccountRecord, String> FULLNAME =
            createField(DSL.name("fullname"), SQLDataType.VARCHAR(100), this, "");

    private UserAccount() {
        super(DSL.name("user_account"));
    }

    @Override
    public Class<UserAccountRecord> getRecordType() {
        return UserAccountRecord.class;
    }

    @Override
    public UniqueKey<UserAccountRecord> getPrimaryKey() {
        return PRIMARY_KEY;
    }
}
