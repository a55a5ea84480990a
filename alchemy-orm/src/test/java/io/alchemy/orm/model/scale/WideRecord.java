package io.alchemy.orm.model.scale;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/**
 * A row of 66 columns (a generated key and 65 values): 1,000 of them in one multi-row INSERT would need 65,000
 * parameters, past PostgreSQL's 65,535 limit once the batch grows a little.
 */
@Mapped(table = "wide_record")
public class WideRecord {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn Integer c01;
    @MappedColumn Integer c02;
    @MappedColumn Integer c03;
    @MappedColumn Integer c04;
    @MappedColumn Integer c05;
    @MappedColumn Integer c06;
    @MappedColumn Integer c07;
    @MappedColumn Integer c08;
    @MappedColumn Integer c09;
    @MappedColumn Integer c10;
    @MappedColumn Integer c11;
    @MappedColumn Integer c12;
    @MappedColumn Integer c13;
    @MappedColumn Integer c14;
    @MappedColumn Integer c15;
    @MappedColumn Integer c16;
    @MappedColumn Integer c17;
    @MappedColumn Integer c18;
    @MappedColumn Integer c19;
    @MappedColumn Integer c20;
    @MappedColumn Integer c21;
    @MappedColumn Integer c22;
    @MappedColumn Integer c23;
    @MappedColumn Integer c24;
    @MappedColumn Integer c25;
    @MappedColumn Integer c26;
    @MappedColumn Integer c27;
    @MappedColumn Integer c28;
    @MappedColumn Integer c29;
    @MappedColumn Integer c30;
    @MappedColumn Integer c31;
    @MappedColumn Integer c32;
    @MappedColumn Integer c33;
    @MappedColumn Integer c34;
    @MappedColumn Integer c35;
    @MappedColumn Integer c36;
    @MappedColumn Integer c37;
    @MappedColumn Integer c38;
    @MappedColumn Integer c39;
    @MappedColumn Integer c40;
    @MappedColumn Integer c41;
    @MappedColumn Integer c42;
    @MappedColumn Integer c43;
    @MappedColumn Integer c44;
    @MappedColumn Integer c45;
    @MappedColumn Integer c46;
    @MappedColumn Integer c47;
    @MappedColumn Integer c48;
    @MappedColumn Integer c49;
    @MappedColumn Integer c50;
    @MappedColumn Integer c51;
    @MappedColumn Integer c52;
    @MappedColumn Integer c53;
    @MappedColumn Integer c54;
    @MappedColumn Integer c55;
    @MappedColumn Integer c56;
    @MappedColumn Integer c57;
    @MappedColumn Integer c58;
    @MappedColumn Integer c59;
    @MappedColumn Integer c60;
    @MappedColumn Integer c61;
    @MappedColumn Integer c62;
    @MappedColumn Integer c63;
    @MappedColumn Integer c64;
    @MappedColumn Integer c65;

    protected WideRecord() {
    }

    /** A record whose 65 values are {@code seed}, {@code seed + 1}, … */
    public WideRecord(int seed) {
        this.c01 = seed + 0;
        this.c02 = seed + 1;
        this.c03 = seed + 2;
        this.c04 = seed + 3;
        this.c05 = seed + 4;
        this.c06 = seed + 5;
        this.c07 = seed + 6;
        this.c08 = seed + 7;
        this.c09 = seed + 8;
        this.c10 = seed + 9;
        this.c11 = seed + 10;
        this.c12 = seed + 11;
        this.c13 = seed + 12;
        this.c14 = seed + 13;
        this.c15 = seed + 14;
        this.c16 = seed + 15;
        this.c17 = seed + 16;
        this.c18 = seed + 17;
        this.c19 = seed + 18;
        this.c20 = seed + 19;
        this.c21 = seed + 20;
        this.c22 = seed + 21;
        this.c23 = seed + 22;
        this.c24 = seed + 23;
        this.c25 = seed + 24;
        this.c26 = seed + 25;
        this.c27 = seed + 26;
        this.c28 = seed + 27;
        this.c29 = seed + 28;
        this.c30 = seed + 29;
        this.c31 = seed + 30;
        this.c32 = seed + 31;
        this.c33 = seed + 32;
        this.c34 = seed + 33;
        this.c35 = seed + 34;
        this.c36 = seed + 35;
        this.c37 = seed + 36;
        this.c38 = seed + 37;
        this.c39 = seed + 38;
        this.c40 = seed + 39;
        this.c41 = seed + 40;
        this.c42 = seed + 41;
        this.c43 = seed + 42;
        this.c44 = seed + 43;
        this.c45 = seed + 44;
        this.c46 = seed + 45;
        this.c47 = seed + 46;
        this.c48 = seed + 47;
        this.c49 = seed + 48;
        this.c50 = seed + 49;
        this.c51 = seed + 50;
        this.c52 = seed + 51;
        this.c53 = seed + 52;
        this.c54 = seed + 53;
        this.c55 = seed + 54;
        this.c56 = seed + 55;
        this.c57 = seed + 56;
        this.c58 = seed + 57;
        this.c59 = seed + 58;
        this.c60 = seed + 59;
        this.c61 = seed + 60;
        this.c62 = seed + 61;
        this.c63 = seed + 62;
        this.c64 = seed + 63;
        this.c65 = seed + 64;
    }

    public Integer getId() {
        return id;
    }

    /** The last value column's value. */
    public Integer getLast() {
        return c65;
    }
}
