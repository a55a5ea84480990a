package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a relationship's {@code orderBy} as written ({@code "name"}, {@code "birthDate desc"},
 * {@code "lastName ASC, firstName"}): each term is an attribute of the target class or, as before attribute names
 * were accepted, a column of its table, optionally followed by {@code ASC} or {@code DESC}. Checked when the
 * relationship is configured, so a misspelling fails at start-up, not at the first load.
 */
final class OrderByTerms {
    private OrderByTerms() {
    }

    static List<OrderTerm> resolve(RelationshipProperty relationship, Mapper<?> target, List<String> written) {
        List<OrderTerm> terms = new ArrayList<>();
        for (String entry : written) {
            for (String term : entry.split(",")) {
                if (term.isBlank()) {
                    throw invalid(relationship, entry, "an empty term");
                }
                terms.add(term(relationship, target, entry, term.trim()));
            }
        }
        return List.copyOf(terms);
    }

    private static OrderTerm term(RelationshipProperty relationship, Mapper<?> target, String entry, String term) {
        String[] words = term.split("\\s+");
        if (words.length > 2) {
            throw invalid(relationship, entry, "'" + term + "', which is not \"attribute [ASC|DESC]\"");
        }
        boolean descending = false;
        if (words.length == 2) {
            String direction = words[1].toUpperCase(Locale.ROOT);
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw invalid(relationship, entry, "direction '" + words[1] + "'; write ASC or DESC");
            }
            descending = direction.equals("DESC");
        }
        return new OrderTerm(column(relationship, target, entry, words[0]), descending);
    }

    private static Column<?> column(RelationshipProperty relationship, Mapper<?> target, String entry, String name) {
        MapperProperty property = target.attributeOrNull(name);
        if (property instanceof ColumnProperty column) {
            return column.column();
        }
        if (property instanceof RelationshipProperty) {
            throw invalid(relationship, entry, "'" + name + "', which is a relationship of "
                    + target.entityClass().getSimpleName() + ", not a column attribute");
        }
        Table table = target.table();
        for (Column<?> column : table.tableColumns()) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        throw invalid(relationship, entry, "unknown attribute '" + name + "': "
                + target.entityClass().getSimpleName() + " has the attributes "
                + target.columnProperties().stream().map(ColumnProperty::name).toList());
    }

    private static ArgumentError invalid(RelationshipProperty relationship, String entry, String what) {
        return new ArgumentError("Relationship " + relationship + " has orderBy = \"" + entry + "\" with " + what);
    }
}
