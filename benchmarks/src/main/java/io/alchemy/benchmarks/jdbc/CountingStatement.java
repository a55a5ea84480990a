package io.alchemy.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * A {@link Statement} that counts its executions in {@link StatementCounter} and otherwise only delegates. Every
 * contender's statements go through it, so round trips are audited the same way for all of them.
 */
class CountingStatement implements Statement {
    private final Statement delegate;
    private final Connection connection;

    CountingStatement(Statement delegate, Connection connection) {
        this.delegate = delegate;
        this.connection = connection;
    }

    @Override
    public void addBatch(String p0) throws SQLException {
        StatementCounter.batched();
        delegate.addBatch(p0);
    }

    @Override
    public void cancel() throws SQLException {
        delegate.cancel();
    }

    @Override
    public void clearBatch() throws SQLException {
        delegate.clearBatch();
    }

    @Override
    public void clearWarnings() throws SQLException {
        delegate.clearWarnings();
    }

    @Override
    public void close() throws SQLException {
        delegate.close();
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        delegate.closeOnCompletion();
    }

    @Override
    public String enquoteIdentifier(String p0, boolean p1) throws SQLException {
        return delegate.enquoteIdentifier(p0, p1);
    }

    @Override
    public String enquoteLiteral(String p0) throws SQLException {
        return delegate.enquoteLiteral(p0);
    }

    @Override
    public String enquoteNCharLiteral(String p0) throws SQLException {
        return delegate.enquoteNCharLiteral(p0);
    }

    @Override
    public boolean execute(String p0, int[] p1) throws SQLException {
        StatementCounter.executed();
        return delegate.execute(p0, p1);
    }

    @Override
    public boolean execute(String p0, String[] p1) throws SQLException {
        StatementCounter.executed();
        return delegate.execute(p0, p1);
    }

    @Override
    public boolean execute(String p0, int p1) throws SQLException {
        StatementCounter.executed();
        return delegate.execute(p0, p1);
    }

    @Override
    public boolean execute(String p0) throws SQLException {
        StatementCounter.executed();
        return delegate.execute(p0);
    }

    @Override
    public int[] executeBatch() throws SQLException {
        StatementCounter.executed();
        return delegate.executeBatch();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        StatementCounter.executed();
        return delegate.executeLargeBatch();
    }

    @Override
    public long executeLargeUpdate(String p0, int[] p1) throws SQLException {
        StatementCounter.executed();
        return delegate.executeLargeUpdate(p0, p1);
    }

    @Override
    public long executeLargeUpdate(String p0, String[] p1) throws SQLException {
        StatementCounter.executed();
        return delegate.executeLargeUpdate(p0, p1);
    }

    @Override
    public long executeLargeUpdate(String p0, int p1) throws SQLException {
        StatementCounter.executed();
        return delegate.executeLargeUpdate(p0, p1);
    }

    @Override
    public long executeLargeUpdate(String p0) throws SQLException {
        StatementCounter.executed();
        return delegate.executeLargeUpdate(p0);
    }

    @Override
    public ResultSet executeQuery(String p0) throws SQLException {
        StatementCounter.executed();
        return delegate.executeQuery(p0);
    }

    @Override
    public int executeUpdate(String p0, int[] p1) throws SQLException {
        StatementCounter.executed();
        return delegate.executeUpdate(p0, p1);
    }

    @Override
    public int executeUpdate(String p0, String[] p1) throws SQLException {
        StatementCounter.executed();
        return delegate.executeUpdate(p0, p1);
    }

    @Override
    public int executeUpdate(String p0, int p1) throws SQLException {
        StatementCounter.executed();
        return delegate.executeUpdate(p0, p1);
    }

    @Override
    public int executeUpdate(String p0) throws SQLException {
        StatementCounter.executed();
        return delegate.executeUpdate(p0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection;
    }

    @Override
    public int getFetchDirection() throws SQLException {
        return delegate.getFetchDirection();
    }

    @Override
    public int getFetchSize() throws SQLException {
        return delegate.getFetchSize();
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        return delegate.getGeneratedKeys();
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        return delegate.getLargeMaxRows();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return delegate.getLargeUpdateCount();
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        return delegate.getMaxFieldSize();
    }

    @Override
    public int getMaxRows() throws SQLException {
        return delegate.getMaxRows();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return delegate.getMoreResults();
    }

    @Override
    public boolean getMoreResults(int p0) throws SQLException {
        return delegate.getMoreResults(p0);
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        return delegate.getQueryTimeout();
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return delegate.getResultSet();
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        return delegate.getResultSetConcurrency();
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        return delegate.getResultSetHoldability();
    }

    @Override
    public int getResultSetType() throws SQLException {
        return delegate.getResultSetType();
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return delegate.getUpdateCount();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return delegate.getWarnings();
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        return delegate.isCloseOnCompletion();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return delegate.isClosed();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        return delegate.isPoolable();
    }

    @Override
    public boolean isSimpleIdentifier(String p0) throws SQLException {
        return delegate.isSimpleIdentifier(p0);
    }

    @Override
    public boolean isWrapperFor(Class<?> p0) throws SQLException {
        return delegate.isWrapperFor(p0);
    }

    @Override
    public void setCursorName(String p0) throws SQLException {
        delegate.setCursorName(p0);
    }

    @Override
    public void setEscapeProcessing(boolean p0) throws SQLException {
        delegate.setEscapeProcessing(p0);
    }

    @Override
    public void setFetchDirection(int p0) throws SQLException {
        delegate.setFetchDirection(p0);
    }

    @Override
    public void setFetchSize(int p0) throws SQLException {
        delegate.setFetchSize(p0);
    }

    @Override
    public void setLargeMaxRows(long p0) throws SQLException {
        delegate.setLargeMaxRows(p0);
    }

    @Override
    public void setMaxFieldSize(int p0) throws SQLException {
        delegate.setMaxFieldSize(p0);
    }

    @Override
    public void setMaxRows(int p0) throws SQLException {
        delegate.setMaxRows(p0);
    }

    @Override
    public void setPoolable(boolean p0) throws SQLException {
        delegate.setPoolable(p0);
    }

    @Override
    public void setQueryTimeout(int p0) throws SQLException {
        delegate.setQueryTimeout(p0);
    }

    @Override
    public <T> T unwrap(Class<T> p0) throws SQLException {
        return delegate.unwrap(p0);
    }
}
