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

    @MappedColumn(primaryKey = true) Long id;
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
