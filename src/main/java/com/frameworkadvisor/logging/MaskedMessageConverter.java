package com.frameworkadvisor.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's message with {@link SecretMasking} applied: registered for %m, %msg and %message in logback-spring.xml. */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SecretMasking.mask(super.convert(event));
    }
}
