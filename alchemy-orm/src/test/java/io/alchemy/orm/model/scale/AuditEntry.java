package io.alchemy.orm.model.scale;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** An audit log line, kept in a database of its own. */
@Mapped(table = "audit_entry")
public class AuditEntry {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 100) String message;

    protected AuditEntry() {
    }

    public AuditEntry(String message) {
        this.message = message;
    }

    public Integer getId() {
        return id;
    }

    public String getMessage() {
        return message;
    }
}
