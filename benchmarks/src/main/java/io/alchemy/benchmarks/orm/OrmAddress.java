package io.alchemy.benchmarks.orm;

import io.alchemy.benchmarks.model.AddressView;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;

/** {@code address} mapped for the Alchemy ORM contenders (W5d holds addresses as clean objects; W3, W7 graphs). */
@Mapped(table = "address")
public class OrmAddress implements AddressView {
    @MappedColumn(primaryKey = true) Long id;
    @MappedColumn(foreignKey = "user_account.id") Long userId;
    @MappedColumn(length = 100) String emailAddress;
    @Relationship(backPopulates = "addresses") OrmUser user;

    protected OrmAddress() {
    }

    public OrmAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String emailAddress() {
        return emailAddress;
    }
}
