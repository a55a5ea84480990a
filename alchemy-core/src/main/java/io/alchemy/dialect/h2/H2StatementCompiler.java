package io.alchemy.dialect.h2;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.compiler.StatementCompiler;
import java.util.List;

/** H2's SQL: {@code now()} is {@code CURRENT_TIMESTAMP}; no LATERAL, UPDATE … FROM, DELETE … USING or RETURNING. */
public class H2StatementCompiler extends StatementCompiler {

    public H2StatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    @Override
    protected String knownFunction(String lowerCaseName) {
        return lowerCaseName.equals("now") ? "CURRENT_TIMESTAMP" : null;
    }

    /** H2 takes an OFFSET without a LIMIT. */
    @Override
    protected String noLimit() {
        return "";
    }

    @Override
    protected String lateral() {
        throw unsupported("LATERAL");
    }

    @Override
    protected String updateWithFroms(String table, String set, List<String> others) {
        throw unsupported("UPDATE with other tables in its criteria");
    }

    @Override
    protected String deleteWithFroms(String table, List<String> others) {
        throw unsupported("DELETE with other tables in its criteria");
    }
}
