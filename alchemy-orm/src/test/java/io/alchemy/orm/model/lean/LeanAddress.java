package io.alchemy.orm.model.lean;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** The tutorial's re-mapped {@code Address} of the raiseload demo (reference §1.5): {@code id} and {@code user_id}. */
@Mapped(table = "address")
public class LeanAddress {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "user_account.id") Integer userId;
    @Relationship(backPopulates = "addresses", lazy = Lazy.RAISE_ON_SQL) LeanUser user;

    protected LeanAddress() {
    }

    public Integer getId() {
        return id;
    }

    public LeanUser getUser() {
        return user;
    }
}
