package io.alchemy.dialect.h2;

import io.alchemy.dialect.IdentifierPreparer;
import java.util.Set;

/**
 * Double quotes and H2's keywords. H2 folds unquoted names to upper case; Alchemy leaves lower-case names bare and
 * reflection folds them back (see {@link H2Reflector}).
 */
public class H2IdentifierPreparer extends IdentifierPreparer {
    private static final Set<String> RESERVED = words("""
            _rowid_ all and any array as asymmetric authorization between both case cast check constraint cross
            current_catalog current_date current_path current_role current_schema current_time current_timestamp
            current_user day default distinct else end except exists false fetch for foreign from full group groups
            having hour if ilike in inner intersect interval is join key leading left like limit localtime
            localtimestamp minus minute month natural not null offset on or order over partition primary qualify
            range regexp right row rownum rows second select session_user set some symmetric system_user table to top
            trailing true uescape union unique unknown user using value values when where window with year""");

    public H2IdentifierPreparer() {
        super('"', '"', RESERVED);
    }
}
