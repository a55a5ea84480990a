package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** A customer's one profile (one-to-one: the customer holds it as one object, not a collection). */
@Mapped(table = "profile")
public class Profile {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "customer.id") @Nullable Integer customerId;
    @MappedColumn String bio;
    @Relationship(backPopulates = "profile") Customer customer;

    protected Profile() {
    }

    public Profile(String bio) {
        this.bio = bio;
    }

    public Integer getId() {
        return id;
    }

    public Integer getCustomerId() {
        return customerId;
    }

    public Customer getCustomer() {
        return customer;
    }
}
