package io.alchemy.spring.boot.test.autoconfigure.app;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** A mapped class of the test application. */
@Mapped
public class Note {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(length = 100, unique = true) String text;
    @MappedColumn(serverDefault = "'NORMAL'") Priority priority = Priority.NORMAL;

    /** How urgent a note is: an enum column, stored as its name with a CHECK constraint. */
    public enum Priority { LOW, NORMAL, HIGH }

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public Integer getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public Priority getPriority() {
        return priority;
    }
}
