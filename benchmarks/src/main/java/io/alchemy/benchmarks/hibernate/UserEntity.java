package io.alchemy.benchmarks.hibernate;

import io.alchemy.benchmarks.model.UserGraphView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** {@code user_account} mapped the documented way: sequence ids (pooled, 50) so inserts batch, lazy addresses. */
@Entity
@Table(name = "user_account")
public class UserEntity implements UserGraphView {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    private String name;

    private String fullname;

    @OneToMany(mappedBy = "user", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<AddressEntity> addresses = new ArrayList<>();

    protected UserEntity() {
    }

    public UserEntity(String name, String fullname) {
        this.name = name;
        this.fullname = fullname;
    }

    /** Adds an address to this user (both sides of the association). */
    public void addAddress(AddressEntity address) {
        address.setUser(this);
        addresses.add(address);
    }

    @Override
    public long id() {
        return id;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String fullname() {
        return fullname;
    }

    public void setFullname(String fullname) {
        this.fullname = fullname;
    }

    @Override
    public List<AddressEntity> addresses() {
        return addresses;
    }
}
