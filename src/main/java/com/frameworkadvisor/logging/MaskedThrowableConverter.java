package com.frameworkadvisor.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** Spring Boot's stack trace layout with {@link SecretMasking} applied: exception messages may quote a request path. */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return SecretMasking.mask(super.throwableProxyToString(throwable));
    }
}
