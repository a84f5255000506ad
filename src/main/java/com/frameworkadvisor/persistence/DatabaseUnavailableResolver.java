package com.frameworkadvisor.persistence;

import com.frameworkadvisor.errors.ErrorDetail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A database that cannot be reached right now (stopped, restarting; see {@link FailFastDataSource}), or no pooled
 * connection within {@code spring.datasource.hikari.connection-timeout}, is a 503 Service Unavailable with
 * {@code Retry-After}, not a 500 with a logged stack trace: the request is handed to the usual error handling, so API
 * paths get problem details and pages the error page. It runs after Spring's own resolvers and the API's
 * {@code @ExceptionHandler}s, and leaves every other exception alone.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    /** Long enough for the connection pool to reconnect once the database is back (HikariCP retries every 5 s at most). */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!isDatabaseUnavailable(e) || response.isCommitted()) {
            return null;
        }
        log.warn(
                "Database unavailable; {} {} answered 503: {}",
                request.getMethod(),
                request.getRequestURI(),
                innermostMessage(e));
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        ErrorDetail.attach(request, "The service cannot answer at the moment. Please try again in a few seconds.");
        try {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        } catch (IOException notSent) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Whether anything in the chain of causes says the database could not be reached or went away: Spring's
     * translations, the pool's time-out, or a connection failure (SQLSTATE class 08) or shutdown (57P01–57P03) as
     * reported by the driver. When the connection dies mid-transaction, the rollback fails too (HikariCP: "Connection is
     * closed", with no SQLSTATE), and Spring throws a {@code TransactionSystemException} for the failed commit or
     * rollback, sometimes carrying the original failure as its application exception.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransactionSystemException failed
                    && (failed.getCause() instanceof SQLException
                            || failed.getApplicationException() != null
                                    && isDatabaseUnavailable(failed.getApplicationException()))) {
                return true; // the commit or rollback itself failed on the connection
            }
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static String innermostMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
