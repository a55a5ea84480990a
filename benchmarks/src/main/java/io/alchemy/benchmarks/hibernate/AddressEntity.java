package io.alchemy.benchmarks.hibernate;

import io.alchemy.benchmarks.model.AddressView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** {@code address}: sequence ids (pooled, 50), a lazy many-to-one to its user. */
@Entity
@Table(name = "address")
public class AddressEntity implements AddressView {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_seq")
    @SequenceGenerator(name = "address_seq", sequenceName = "address_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserEntity user;

    @Column(name = "email_address")
    private String emailAddress;

    protected AddressEntity() {
    }

    public AddressEntity(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    void setUser(UserEntity user) {
        this.user = user;
    }

    @Override
    public long id() {
        return id;
    }

    /** The owning user's id, read without initializing the lazy proxy. */
    @Override
    public long userId() {
        return user.getId();
    }

    @Override
    public String emailAddress() {
        return emailAddress;
    }
}
