package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.not;
import static io.alchemy.Alchemy.or;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.sql.ColumnElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * The WHERE clause of a derived query: each {@link Part} of the method name ({@code NameStartingWith},
 * {@code AgeBetween}, {@code EmailIn}, …) as a Core condition with the method's arguments as bound parameters, parts
 * joined with AND inside an {@code Or} group and the groups with OR.
 */
final class PartConditions {
    private static final Set<Part.Type> UNSUPPORTED = EnumSet.of(Part.Type.REGEX, Part.Type.EXISTS, Part.Type.NEAR,
            Part.Type.WITHIN);

    private final PartTree tree;

    /** The conditions of {@code tree}; {@link ArgumentError} naming the keyword when a part has no SQL here. */
    PartConditions(PartTree tree, String method) {
        this.tree = tree;
        for (Part part : tree.getParts()) {
            if (UNSUPPORTED.contains(part.getType())) {
                throw new ArgumentError(method + ": the keyword " + part.getType() + " (" + part + ") is not supported "
                        + "by Alchemy repositories; use @Query or a Core expression");
            }
        }
    }

    /** The condition with these argument values (in method order), or {@code null} when the tree has no predicate. */
    @Nullable ColumnElement<Boolean> where(Mapper<?> mapper, Iterator<Object> arguments) {
        if (!tree.hasPredicate()) {
            return null;
        }
        List<ColumnElement<?>> alternatives = new ArrayList<>();
        for (PartTree.OrPart orPart : tree) {
            List<ColumnElement<?>> conjuncts = new ArrayList<>();
            for (Part part : orPart) {
                conjuncts.add(condition(mapper, part, arguments));
            }
            alternatives.add(conjuncts.size() == 1 ? conjuncts.get(0) : and(conjuncts.toArray(ColumnElement<?>[]::new)));
        }
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean> single = (ColumnElement<Boolean>) alternatives.get(0);
        return alternatives.size() == 1 ? single : or(alternatives.toArray(ColumnElement<?>[]::new));
    }

    private static ColumnElement<Boolean> condition(Mapper<?> mapper, Part part, Iterator<Object> arguments) {
        Part.Type type = part.getType();
        if (type == Part.Type.IS_EMPTY || type == Part.Type.IS_NOT_EMPTY) {
            return PropertyConditions.anyRelated(mapper, part.getProperty(), type == Part.Type.IS_NOT_EMPTY);
        }
        Object[] values = new Object[part.getNumberOfArguments()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.next();
        }
        boolean ignoreCase = ignoresCase(part);
        return PropertyConditions.on(mapper, part.getProperty(), column -> {
            ColumnElement<?> left = ignoreCase ? func.lower(column) : column;
            Object[] right = ignoreCase ? lowered(values) : values;
            return compare(type, left, right);
        });
    }

    private static boolean ignoresCase(Part part) {
        return switch (part.shouldIgnoreCase()) {
            case ALWAYS -> true;
            case WHEN_POSSIBLE -> part.getProperty().getLeafType() == String.class;
            case NEVER -> false;
        };
    }

    private static Object[] lowered(Object[] values) {
        return Arrays.stream(values).map(PartConditions::lowered).toArray();
    }

    private static Object lowered(Object value) {
        if (value instanceof String text) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(PartConditions::lowered).toList();
        }
        return value;
    }

    private static ColumnElement<Boolean> compare(Part.Type type, ColumnElement<?> column, Object[] values) {
        return switch (type) {
            case SIMPLE_PROPERTY -> values[0] == null ? column.isNull() : column.eq(values[0]);
            case NEGATING_SIMPLE_PROPERTY -> values[0] == null ? column.isNotNull() : column.ne(values[0]);
            case GREATER_THAN, AFTER -> column.gt(values[0]);
            case GREATER_THAN_EQUAL -> column.ge(values[0]);
            case LESS_THAN, BEFORE -> column.lt(values[0]);
            case LESS_THAN_EQUAL -> column.le(values[0]);
            case BETWEEN -> column.between(values[0], values[1]);
            case IS_NULL -> column.isNull();
            case IS_NOT_NULL -> column.isNotNull();
            case IN -> column.in(collection(values[0]));
            case NOT_IN -> column.notIn(collection(values[0]));
            case LIKE -> column.like(values[0]);
            case NOT_LIKE -> column.notLike(values[0]);
            case STARTING_WITH -> column.startswith(text(values[0]), true);
            case ENDING_WITH -> column.endswith(text(values[0]), true);
            case CONTAINING -> column.contains(text(values[0]), true);
            case NOT_CONTAINING -> not(column.contains(text(values[0]), true));
            case TRUE -> column.eq(true);
            case FALSE -> column.eq(false);
            default -> throw new ArgumentError("Derived queries do not support " + type);
        };
    }

    private static Collection<?> collection(Object value) {
        if (value instanceof Collection<?> many) {
            return many;
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        throw new ArgumentError("In/NotIn needs a collection or an array, got " + value);
    }

    private static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw new ArgumentError("StartingWith/EndingWith/Containing compare with a String, got " + value);
    }
}
