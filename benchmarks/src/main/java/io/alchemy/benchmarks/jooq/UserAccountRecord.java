package io.alchemy.benchmarks.jooq;

import io.alchemy.benchmarks.model.UserView;
import org.jooq.impl.UpdatableRecordImpl;

/** An updatable {@code user_account} record, as jOOQ generates it. */
public final class UserAccountRecord extends UpdatableRecordImpl<UserAccountRecord> implements UserView {
    public UserAccountRecord() {
        super(UserAccount.USER_ACCOUNT);
    }

    @Override
    public long id() {
        return (Long) get(0);
    }

    @Override
    public String name() {
        return (String) get(1);
    }

    @Override
    public String fullname() {
        return (String) get(2);
    }

    public void setFullname(String fullname) {
        set(2, fullname);
    }
}
