package com.frameworkadvisor.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The application's messages, as Spring's {@link ResourceBundleMessageSource} reads them, without making concurrent
 * requests wait for each other.
 *
 * <p>With {@code spring.messages.always-use-message-format=true}, Spring formats every text through one shared
 * {@link MessageFormat} per text and language, holding that object's lock while it formats. A page shows dozens of
 * texts, the same ones on every request, so under load requests queued on those locks. Here each use formats with its
 * own copy of the parsed text, and a text without arguments, which always comes out the same while the bundles are
 * not reloaded ({@code spring.messages.cache-duration} unset), is worked out once per language.
 */
class ConcurrentMessageSource extends ResourceBundleMessageSource {

    /** Texts times languages; languages come from requests, so the number kept is bounded. */
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<Key, String> withoutArguments = new ConcurrentHashMap<>();

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        // AbstractMessageSource formats while holding the lock of what is returned here: a copy keeps that lock
        // private.
        return shared == null ? null : (MessageFormat) shared.clone();
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || !ObjectUtils.isEmpty(args) || getCacheMillis() >= 0) {
            return super.getMessageInternal(code, args, locale);
        }
        Key key = new Key(code, locale == null ? Locale.getDefault() : locale);
        String text = withoutArguments.get(key);
        if (text == null) {
            // Null when there is no such text: the caller then falls back or throws, every time, as without this.
            text = super.getMessageInternal(code, args, locale);
            if (text != null && withoutArguments.size() < MAX_REMEMBERED) {
                withoutArguments.putIfAbsent(key, text);
            }
        }
        return text;
    }

    private record Key(String code, Locale locale) {}
}
