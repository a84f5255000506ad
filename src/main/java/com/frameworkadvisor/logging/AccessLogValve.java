package com.frameworkadvisor.logging;

import java.io.CharArrayWriter;
import org.apache.catalina.valves.AbstractAccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's access log, written through the application's logging instead of a file of its own, so its lines get the
 * same masking of room ids and keys as every other log line (logback-spring.xml) and go wherever the logs go.
 */
class AccessLogValve extends AbstractAccessLogValve {

    private static final Logger ACCESS = LoggerFactory.getLogger("access");

    AccessLogValve(String pattern) {
        setPattern(pattern);
        setAsyncSupported(true);
    }

    @Override
    protected void log(CharArrayWriter message) {
        ACCESS.info(message.toString());
    }
}
