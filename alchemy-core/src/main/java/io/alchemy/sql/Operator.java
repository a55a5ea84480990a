package io.alchemy.sql;

import org.jspecify.annotations.Nullable;

/**
 * The operators of the expression language, with the SQL they render and their precedence (higher binds
 * tighter), which decides where the compiler puts parentheses: an operand is grouped when its own operator binds no
 * tighter than the one around it, except for associative operators repeated ({@code a AND b AND c}).
 */
public enum Operator {
    EQ("=", 5), NE("!=", 5), LT("<", 5), LE("<=", 5), GT(">", 5), GE(">=", 5),
    IS("IS", 5), IS_NOT("IS NOT", 5),
    IS_DISTINCT_FROM("IS DISTINCT FROM", 5), IS_NOT_DISTINCT_FROM("IS NOT DISTINCT FROM", 5),
    LIKE("LIKE", 5), NOT_LIKE("NOT LIKE", 5), ILIKE("ILIKE", 5), NOT_ILIKE("NOT ILIKE", 5),
    IN("IN", 5), NOT_IN("NOT IN", 5),
    /** {@code x LIKE :p || '%'}. */
    STARTSWITH("LIKE", 5), NOT_STARTSWITH("NOT LIKE", 5),
    /** {@code x LIKE '%' || :p}. */
    ENDSWITH("LIKE", 5), NOT_ENDSWITH("NOT LIKE", 5),
    /** {@code x LIKE '%' || :p || '%'}. */
    CONTAINS("LIKE", 5), NOT_CONTAINS("NOT LIKE", 5),
    /** Case-insensitive {@code x LIKE :p || '%'}: {@code lower(x) LIKE lower(:p) || '%'}, or ILIKE. */
    ISTARTSWITH("LIKE", 5), NOT_ISTARTSWITH("NOT LIKE", 5),
    /** Case-insensitive {@code x LIKE '%' || :p}. */
    IENDSWITH("LIKE", 5), NOT_IENDSWITH("NOT LIKE", 5),
    /** Case-insensitive {@code x LIKE '%' || :p || '%'}. */
    ICONTAINS("LIKE", 5), NOT_ICONTAINS("NOT LIKE", 5),
    BETWEEN("BETWEEN", 5), NOT_BETWEEN("NOT BETWEEN", 5),
    CONCAT("||", 5),
    ADD("+", 7), SUB("-", 7), MUL("*", 8),
    /** True division: the fraction is kept ({@code a / CAST(b AS NUMERIC)} where {@code /} truncates integers). */
    DIV("/", 8),
    /** Floor division: {@code a / b} for integers where {@code /} truncates them, else {@code FLOOR(a / b)}. */
    FLOORDIV("/", 8),
    MOD("%", 8),
    NEG("-", 8),
    AND("AND", 3), OR("OR", 2),
    NOT("NOT", 5),
    DISTINCT("DISTINCT", 5),
    ASC("ASC", 3), DESC("DESC", 3), NULLS_FIRST("NULLS FIRST", 3), NULLS_LAST("NULLS LAST", 3),
    EXISTS("EXISTS", 0),
    /** {@code x COLLATE name}: binds tighter than AND, looser than comparisons (so {@code (x COLLATE c) = y}). */
    COLLATE("COLLATE", 4),
    FILTER("FILTER", 6),
    /** An element of a JSON document, {@code expr[index]}: rendered per dialect ({@code ->}, {@code JSON_EXTRACT}). */
    JSON_GETITEM("[]", 15),
    /** {@code x REGEXP pattern}: a {@link RegexpMatch}, which each dialect writes its own way. */
    REGEXP_MATCH("REGEXP", 5), NOT_REGEXP_MATCH("NOT REGEXP", 5),
    /** A full-text {@link Match}, which each dialect writes its own way. */
    MATCH("MATCH", 5),
    /** A user-defined binary operator ({@code op("@>")}); its text is carried by the expression. */
    CUSTOM("", 5);

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    /** The SQL keyword or symbol. */
    public String sql() {
        return sql;
    }

    /** Binding strength: multiplication 8, addition 7, comparison 5, AND 3, OR 2. */
    public int precedence() {
        return precedence;
    }

    /** Whether {@code (a op b) op c} may drop its parentheses. */
    public boolean isAssociative() {
        return this == AND || this == OR || this == ADD || this == MUL || this == CONCAT;
    }

    /** Whether an operand whose operator is {@code this} needs parentheses inside an expression of {@code outer}. */
    public boolean needsGroupingInside(Operator outer) {
        if (outer == null) {
            return false;
        }
        if (this == outer && isAssociative()) {
            return false;
        }
        return precedence <= outer.precedence;
    }

    /** The operator meaning the opposite, for {@code not(a op b)}; {@code null} when there is none. */
    public @Nullable Operator negation() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case LT -> GE;
            case GE -> LT;
            case GT -> LE;
            case LE -> GT;
            case IS -> IS_NOT;
            case IS_NOT -> IS;
            case IS_DISTINCT_FROM -> IS_NOT_DISTINCT_FROM;
            case IS_NOT_DISTINCT_FROM -> IS_DISTINCT_FROM;
            case LIKE -> NOT_LIKE;
            case NOT_LIKE -> LIKE;
            case ILIKE -> NOT_ILIKE;
            case NOT_ILIKE -> ILIKE;
            case IN -> NOT_IN;
            case NOT_IN -> IN;
            case STARTSWITH -> NOT_STARTSWITH;
            case NOT_STARTSWITH -> STARTSWITH;
            case ENDSWITH -> NOT_ENDSWITH;
            case NOT_ENDSWITH -> ENDSWITH;
            case CONTAINS -> NOT_CONTAINS;
            case NOT_CONTAINS -> CONTAINS;
            case ISTARTSWITH -> NOT_ISTARTSWITH;
            case NOT_ISTARTSWITH -> ISTARTSWITH;
            case IENDSWITH -> NOT_IENDSWITH;
            case NOT_IENDSWITH -> IENDSWITH;
            case ICONTAINS -> NOT_ICONTAINS;
            case NOT_ICONTAINS -> ICONTAINS;
            case BETWEEN -> NOT_BETWEEN;
            case NOT_BETWEEN -> BETWEEN;
            default -> null;
        };
    }

    /** Whether expressions of this operator are true/false conditions. */
    public boolean isBoolean() {
        return precedence == 5 && this != CONCAT && this != CUSTOM || this == AND || this == OR || this == EXISTS;
    }
}
