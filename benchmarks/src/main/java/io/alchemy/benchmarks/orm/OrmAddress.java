package io.alchemy.benchmarks.orm;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** {@code address} mapped for the Alchemy ORM contenders (W5d holds addresses as clean objects). */
@Mapped(table = "address")
public class OrmAddress {
    @MappedColumn(primaryKey = true) Long id;
    @MappedColumn(foreignKey = "user_account.id") Long userId;
    @MappedColumn(length = 100) String emailAddress;

    protected OrmAddress() {
    }

    public Long getId() {
        return id;
    }
}
