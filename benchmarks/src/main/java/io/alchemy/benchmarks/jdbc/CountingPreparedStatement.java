package io.alchemy.benchmarks.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/** A {@link PreparedStatement} that counts its executions and batched parameter sets; it only delegates otherwise. */
final class CountingPreparedStatement extends CountingStatement implements PreparedStatement {
    private final PreparedStatement prepared;

    CountingPreparedStatement(PreparedStatement prepared, Connection connection) {
        super(prepared, connection);
        this.prepared = prepared;
    }

    @Override
    public void addBatch() throws SQLException {
        StatementCounter.batched();
        prepared.addBatch();
    }

    @Override
    public void clearParameters() throws SQLException {
        prepared.clearParameters();
    }

    @Override
    public boolean execute() throws SQLException {
        StatementCounter.executed();
        return prepared.execute();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        StatementCounter.executed();
        return prepared.executeLargeUpdate();
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        StatementCounter.executed();
        return prepared.executeQuery();
    }

    @Override
    public int executeUpdate() throws SQLException {
        StatementCounter.executed();
        return prepared.executeUpdate();
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return prepared.getMetaData();
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return prepared.getParameterMetaData();
    }

    @Override
    public void setArray(int p0, Array p1) throws SQLException {
        prepared.setArray(p0, p1);
    }

    @Override
    public void setAsciiStream(int p0, InputStream p1, int p2) throws SQLException {
        prepared.setAsciiStream(p0, p1, p2);
    }

    @Override
    public void setAsciiStream(int p0, InputStream p1, long p2) throws SQLException {
        prepared.setAsciiStream(p0, p1, p2);
    }

    @Override
    public void setAsciiStream(int p0, InputStream p1) throws SQLException {
        prepared.setAsciiStream(p0, p1);
    }

    @Override
    public void setBigDecimal(int p0, java.math.BigDecimal p1) throws SQLException {
        prepared.setBigDecimal(p0, p1);
    }

    @Override
    public void setBinaryStream(int p0, InputStream p1, int p2) throws SQLException {
        prepared.setBinaryStream(p0, p1, p2);
    }

    @Override
    public void setBinaryStream(int p0, InputStream p1, long p2) throws SQLException {
        prepared.setBinaryStream(p0, p1, p2);
    }

    @Override
    public void setBinaryStream(int p0, InputStream p1) throws SQLException {
        prepared.setBinaryStream(p0, p1);
    }

    @Override
    public void setBlob(int p0, InputStream p1, long p2) throws SQLException {
        prepared.setBlob(p0, p1, p2);
    }

    @Override
    public void setBlob(int p0, InputStream p1) throws SQLException {
        prepared.setBlob(p0, p1);
    }

    @Override
    public void setBlob(int p0, Blob p1) throws SQLException {
        prepared.setBlob(p0, p1);
    }

    @Override
    public void setBoolean(int p0, boolean p1) throws SQLException {
        prepared.setBoolean(p0, p1);
    }

    @Override
    public void setByte(int p0, byte p1) throws SQLException {
        prepared.setByte(p0, p1);
    }

    @Override
    public void setBytes(int p0, byte[] p1) throws SQLException {
        prepared.setBytes(p0, p1);
    }

    @Override
    public void setCharacterStream(int p0, Reader p1, int p2) throws SQLException {
        prepared.setCharacterStream(p0, p1, p2);
    }

    @Override
    public void setCharacterStream(int p0, Reader p1, long p2) throws SQLException {
        prepared.setCharacterStream(p0, p1, p2);
    }

    @Override
    public void setCharacterStream(int p0, Reader p1) throws SQLException {
        prepared.setCharacterStream(p0, p1);
    }

    @Override
    public void setClob(int p0, Reader p1, long p2) throws SQLException {
        prepared.setClob(p0, p1, p2);
    }

    @Override
    public void setClob(int p0, Reader p1) throws SQLException {
        prepared.setClob(p0, p1);
    }

    @Override
    public void setClob(int p0, Clob p1) throws SQLException {
        prepared.setClob(p0, p1);
    }

    @Override
    public void setDate(int p0, Date p1, Calendar p2) throws SQLException {
        prepared.setDate(p0, p1, p2);
    }

    @Override
    public void setDate(int p0, Date p1) throws SQLException {
        prepared.setDate(p0, p1);
    }

    @Override
    public void setDouble(int p0, double p1) throws SQLException {
        prepared.setDouble(p0, p1);
    }

    @Override
    public void setFloat(int p0, float p1) throws SQLException {
        prepared.setFloat(p0, p1);
    }

    @Override
    public void setInt(int p0, int p1) throws SQLException {
        prepared.setInt(p0, p1);
    }

    @Override
    public void setLong(int p0, long p1) throws SQLException {
        prepared.setLong(p0, p1);
    }

    @Override
    public void setNCharacterStream(int p0, Reader p1, long p2) throws SQLException {
        prepared.setNCharacterStream(p0, p1, p2);
    }

    @Override
    public void setNCharacterStream(int p0, Reader p1) throws SQLException {
        prepared.setNCharacterStream(p0, p1);
    }

    @Override
    public void setNClob(int p0, Reader p1, long p2) throws SQLException {
        prepared.setNClob(p0, p1, p2);
    }

    @Override
    public void setNClob(int p0, Reader p1) throws SQLException {
        prepared.setNClob(p0, p1);
    }

    @Override
    public void setNClob(int p0, NClob p1) throws SQLException {
        prepared.setNClob(p0, p1);
    }

    @Override
    public void setNString(int p0, String p1) throws SQLException {
        prepared.setNString(p0, p1);
    }

    @Override
    public void setNull(int p0, int p1, String p2) throws SQLException {
        prepared.setNull(p0, p1, p2);
    }

    @Override
    public void setNull(int p0, int p1) throws SQLException {
        prepared.setNull(p0, p1);
    }

    @Override
    public void setObject(int p0, Object p1, int p2, int p3) throws SQLException {
        prepared.setObject(p0, p1, p2, p3);
    }

    @Override
    public void setObject(int p0, Object p1, int p2) throws SQLException {
        prepared.setObject(p0, p1, p2);
    }

    @Override
    public void setObject(int p0, Object p1, SQLType p2, int p3) throws SQLException {
        prepared.setObject(p0, p1, p2, p3);
    }

    @Override
    public void setObject(int p0, Object p1, SQLType p2) throws SQLException {
        prepared.setObject(p0, p1, p2);
    }

    @Override
    public void setObject(int p0, Object p1) throws SQLException {
        prepared.setObject(p0, p1);
    }

    @Override
    public void setRef(int p0, Ref p1) throws SQLException {
        prepared.setRef(p0, p1);
    }

    @Override
    public void setRowId(int p0, RowId p1) throws SQLException {
        prepared.setRowId(p0, p1);
    }

    @Override
    public void setSQLXML(int p0, SQLXML p1) throws SQLException {
        prepared.setSQLXML(p0, p1);
    }

    @Override
    public void setShort(int p0, short p1) throws SQLException {
        prepared.setShort(p0, p1);
    }

    @Override
    public void setString(int p0, String p1) throws SQLException {
        prepared.setString(p0, p1);
    }

    @Override
    public void setTime(int p0, Time p1, Calendar p2) throws SQLException {
        prepared.setTime(p0, p1, p2);
    }

    @Override
    public void setTime(int p0, Time p1) throws SQLException {
        prepared.setTime(p0, p1);
    }

    @Override
    public void setTimestamp(int p0, Timestamp p1, Calendar p2) throws SQLException {
        prepared.setTimestamp(p0, p1, p2);
    }

    @Override
    public void setTimestamp(int p0, Timestamp p1) throws SQLException {
        prepared.setTimestamp(p0, p1);
    }

    @Override
    public void setURL(int p0, java.net.URL p1) throws SQLException {
        prepared.setURL(p0, p1);
    }

    @Override
    public void setUnicodeStream(int p0, InputStream p1, int p2) throws SQLException {
        prepared.setUnicodeStream(p0, p1, p2);
    }
}
