package io.alchemy.orm.model;

import io.alchemy.orm.Instrumented;
import java.math.BigDecimal;

/** A class without mapping annotations, mapped imperatively onto a Core table; {@code cache} is not persistent. */
@Instrumented
public class Account {
    Integer id;
    String ownerName;
    BigDecimal balance;
    String nickname;
    transient String cache;

    protected Account() {
    }

    public Account(String ownerName, BigDecimal balance) {
        this.ownerName = ownerName;
        this.balance = balance;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
