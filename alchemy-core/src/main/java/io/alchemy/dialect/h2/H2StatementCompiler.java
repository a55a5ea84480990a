package io.alchemy.dialect.h2;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.compiler.StatementCompiler;
import java.util.List;

/** H2's SQL: {@code now()} is {@code CURRENT_TIMESTAMP}; no UPDATE … FROM or DELETE … USING, no RETURNING. */
public class H2StatementCompiler extends StatementCompiler {

    public H2StatementCompiler(Dialect dialect, CompileOptions options) {
        super(dialect, options);
    }

    @Override
    protected String knownFunction(String lowerCaseName) {
        return lowerCaseName.equals("now") ? "CURRENT_TIMESTAMP" : null;
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
