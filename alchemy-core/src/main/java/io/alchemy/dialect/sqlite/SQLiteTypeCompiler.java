package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.TypeCompiler;

/**
 * SQLite's types, spelled as SQLAlchemy spells them (SQLite accepts any name and derives an affinity). Dates and
 * times are stored as ISO text; aware timestamps in UTC.
 */
public class SQLiteTypeCompiler extends TypeCompiler {

    @Override
    protected boolean jsonIndexAsPath() {
        return true;
    }
}
