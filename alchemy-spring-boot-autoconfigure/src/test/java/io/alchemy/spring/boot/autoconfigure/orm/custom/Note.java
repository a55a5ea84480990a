package io.alchemy.spring.boot.autoconfigure.orm.custom;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;

/** The one mapped class of the application whose Registry a {@code RegistryCustomizer} adjusts. */
@Mapped(table = "note")
public class Note {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn String text;

    protected Note() {
    }
}
