package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.DdlCompiler;

/**
 * SQLite's DDL, exactly as SQLAlchemy emits it. An INTEGER primary key needs no keyword to autoincrement (it is
 * the rowid alias); comments are not supported and not written; constraints cannot be added with ALTER TABLE.
 */
public class SQLiteDdlCompiler extends DdlCompiler {

    @Override
    public CommentStyle commentStyle() {
        return CommentStyle.NONE;
    }
}
