package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** A customer: two relationships to the same class (billing, shipping) and a one-to-one profile. */
@Mapped(table = "customer")
public class Customer {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String name;
    @MappedColumn(foreignKey = "postal_address.id") @Nullable Integer billingAddressId;
    @MappedColumn(foreignKey = "postal_address.id") @Nullable Integer shippingAddressId;
    @Relationship(foreignKeys = "billing_address_id") PostalAddress billing;
    @Relationship(foreignKeys = "shipping_address_id") PostalAddress shipping;
    @Relationship(backPopulates = "customer", cascade = "all, delete-orphan") Profile profile;

    protected Customer() {
    }

    public Customer(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public Integer getBillingAddressId() {
        return billingAddressId;
    }

    public Integer getShippingAddressId() {
        return shippingAddressId;
    }

    public PostalAddress getBilling() {
        return billing;
    }

    public void setBilling(PostalAddress billing) {
        this.billing = billing;
    }

    public PostalAddress getShipping() {
        return shipping;
    }

    public void setShipping(PostalAddress shipping) {
        this.shipping = shipping;
    }

    public Profile getProfile() {
        return profile;
    }

    public void setProfile(Profile profile) {
        this.profile = profile;
    }
}
