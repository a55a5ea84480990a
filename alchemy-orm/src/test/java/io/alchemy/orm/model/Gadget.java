package io.alchemy.orm.model;

import io.alchemy.orm.ColumnType;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One field of every Java type the mapping knows, and the column options. Table name from the class: gadget. */
@Mapped
public class Gadget {
    /** Colours, stored by name. */
    public enum Color { RED, GREEN, BLUE }

    @MappedColumn(primaryKey = true, autoincrement = MappedColumn.Autoincrement.NEVER) Long id;
    @MappedColumn int count;
    @MappedColumn long total;
    @MappedColumn short small;
    @MappedColumn boolean active;
    @MappedColumn @Nullable Boolean flag;
    @MappedColumn(precision = 10, scale = 2) BigDecimal price;
    @MappedColumn double ratio;
    @MappedColumn float weight;
    @MappedColumn LocalDate day;
    @MappedColumn LocalTime atTime;
    @MappedColumn LocalDateTime createdAt;
    @MappedColumn OffsetDateTime stampedAt;
    @MappedColumn @Nullable Instant seenAt;
    @MappedColumn UUID token;
    @MappedColumn Color color;
    @MappedColumn byte @Nullable [] data;
    @MappedColumn(type = ColumnType.TEXT) String notes;
    @MappedColumn(name = "label_text", unique = true, length = 50) String label;
    @MappedColumn(index = true, serverDefault = "0") int rank;
    @MappedColumn(nullable = true, comment = "free text") String remark;
    @Version int version;
    String notMapped;

    protected Gadget() {
    }

    /** A gadget with a value in every field. */
    public static Gadget sample() {
        Gadget g = new Gadget();
        g.id = 1L;
        g.count = 3;
        g.total = 9_000_000_000L;
        g.small = 7;
        g.active = true;
        g.flag = null;
        g.price = new BigDecimal("12.50");
        g.ratio = 0.25;
        g.weight = 1.5f;
        g.day = LocalDate.of(2024, 2, 29);
        g.atTime = LocalTime.of(13, 14, 15);
        g.createdAt = LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000);
        g.stampedAt = OffsetDateTime.parse("2024-02-29T13:14:15.5+02:00");
        g.seenAt = Instant.parse("2024-03-01T00:00:00Z");
        g.token = UUID.fromString("9f0b6a2c-4d7e-4c59-8a8e-0c1f7f6f3e21");
        g.color = Color.GREEN;
        g.data = new byte[] {1, 2, 3};
        g.notes = "long text";
        g.label = "gadget one";
        g.remark = null;
        return g;
    }

    /** The values of every mapped field, for comparisons ({@code byte[]} as a list, the offset as an instant). */
    public java.util.List<Object> values() {
        return java.util.Arrays.asList(id, count, total, small, active, flag, price, ratio, weight, day, atTime,
                createdAt, stampedAt == null ? null : stampedAt.toInstant(), seenAt, token, color,
                data == null ? null : java.util.Arrays.toString(data), notes, label, rank, remark, version);
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }

    public String getNotMapped() {
        return notMapped;
    }

    public void setNotMapped(String notMapped) {
        this.notMapped = notMapped;
    }
}
