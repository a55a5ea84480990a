package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * UUID, read as {@link UUID}. Native on PostgreSQL and H2; elsewhere stored as 32 lower-case hex digits in a
 * CHAR(32), as SQLAlchemy's {@code Uuid} does. Binds a UUID or a string in either form.
 */
public final class UuidType extends SqlType<UUID> {
    static final UuidType INSTANCE = new UuidType();

    private UuidType() {
    }

    @Override
    public Class<UUID> javaType() {
        return UUID.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        boolean nativeUuid = dialect.supportsNativeUuid();
        if (value == null) {
            statement.setNull(index, nativeUuid ? Types.OTHER : Types.CHAR);
            return;
        }
        UUID uuid = toUuid(value);
        if (nativeUuid) {
            statement.setObject(index, uuid);
        } else {
            statement.setString(index, uuid.toString().replace("-", ""));
        }
    }

    private UUID toUuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof CharSequence text) {
            UUID parsed = parse(text.toString());
            if (parsed == null) {
                throw Binding.doesNotFit(this, value, "not a UUID");
            }
            return parsed;
        }
        throw Binding.wrongType(this, value);
    }

    @Override
    public UUID read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        if (dialect.supportsNativeUuid()) {
            return resultSet.getObject(index, UUID.class);
        }
        String text = resultSet.getString(index);
        if (text == null) {
            return null;
        }
        UUID uuid = parse(text.trim());
        if (uuid == null) {
            throw new SQLDataException("Cannot read '" + text + "' as a UUID");
        }
        return uuid;
    }

    /** Parses the 36-character or the 32-hex-digit form; {@code null} when the text is neither. */
    private static @Nullable UUID parse(String text) {
        String dashed = text;
        if (text.length() == 32 && text.indexOf('-') < 0) {
            dashed = text.substring(0, 8) + "-" + text.substring(8, 12) + "-" + text.substring(12, 16) + "-"
                    + text.substring(16, 20) + "-" + text.substring(20);
        }
        if (dashed.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(dashed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitUuid(this);
    }

    @Override
    public String toString() {
        return "UUID";
    }
}
