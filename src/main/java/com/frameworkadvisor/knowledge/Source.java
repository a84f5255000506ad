package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A published text that ratings cite; {@code publisher} and {@code url} are optional.
 *
 * @param checked the month ({@code YYYY-MM}) the page at {@code url} was last read; null without a url and in versions
 *     from before sources were dated
 * @param year the year a survey report was published, for survey sources; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, String title, String kind, String publisher, String url, String checked, Integer year) {

    /** An undated source, as versions before 2026.11.2 have them. */
    public Source(String id, String title, String kind, String publisher, String url) {
        this(id, title, kind, publisher, url, null, null);
    }
}
