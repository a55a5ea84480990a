package io.alchemy.orm.model.lean;

import io.alchemy.orm.Lazy;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;

/** The tutorial's re-mapped {@code User} of the raiseload demo (reference §1.5): only {@code id}, raise_on_sql. */
@Mapped(table = "user_account")
public class LeanUser {
    @MappedColumn(primaryKey = true) Integer id;
    @Relationship(backPopulates = "user", lazy = Lazy.RAISE_ON_SQL) List<LeanAddress> addresses = new ArrayList<>();

    protected LeanUser() {
    }

    public Integer getId() {
        return id;
    }

    public List<LeanAddress> getAddresses() {
        return addresses;
    }
}
