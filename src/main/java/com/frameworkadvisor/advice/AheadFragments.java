package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Weights;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The parts of a results page that never change within a knowledge-base version and language, rendered ahead once
 * (ADR 0017): each rating's rationale row with its sources, and the what-if form's options for each selected weight.
 * A fresh results page inserts them with {@code th:utext} instead of evaluating their expressions again.
 *
 * <p>They are rendered by the same fragment templates as before ({@code ahead/*.html} only call them), through the
 * same view resolver and request as the page, so the escaping is Thymeleaf's and the templates stay the one writer.
 * A published version never changes, so nothing is ever invalidated; the store is bounded only because a language is
 * whatever a request's {@code Accept-Language} says.
 */
@Component
class AheadFragments {

    /**
     * Versions, as published or rated for a team (up to 2ⁿ answers for n frameworks), times languages kept; about 60 KB
     * each (docs/performance.md, issue 20).
     */
    static final int MAX_KEPT = 64;

    private final ViewResolver templates;
    private final Cache<Key, Fragments> rendered =
            Caffeine.newBuilder().maximumSize(MAX_KEPT).build();

    AheadFragments(@Qualifier("thymeleafViewResolver") ViewResolver templates) {
        this.templates = templates;
    }

    /**
     * A version as the page shows it: the published one, or a copy rated for one team's answer to "which frameworks
     * does your team know" (its rationale says so), told apart by identity, since each copy is made once and kept for
     * the version's life ({@code KnowledgeBase.ratedByTeamKnowing}) and comparing versions by value walks them whole.
     */
    private record Key(KnowledgeBase kb, Locale locale) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kb == kb && key.locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(kb) + locale.hashCode();
        }
    }

    /**
     * The fragments of a version in a language, rendered on first use in the context of the request at hand (its
     * context path; never its session, attributes or answers).
     */
    Fragments of(KnowledgeBase kb, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return rendered.get(new Key(kb, locale), key -> render(kb, locale, request, response));
    }

    /**
     * Trusted HTML, escaped by Thymeleaf when it was rendered.
     *
     * @param rationales by {@code criterionId + '/' + frameworkId}: the row {@code fragments/evidence :: rationale}
     *     renders for that rating, with three columns
     * @param weightOptions by selected weight (index 0 to 5): {@code fragments/questions :: weightOptions}
     */
    record Fragments(Map<String, String> rationales, List<String> weightOptions) {

        public String rationale(String criterionId, String frameworkId) {
            String row = rationales.get(criterionId + '/' + frameworkId);
            if (row == null) {
                throw new IllegalArgumentException("no rating of " + frameworkId + " on " + criterionId);
            }
            return row;
        }

        public String weightOptions(int selected) {
            return weightOptions.get(selected);
        }

        /** The characters held, for the memory a version costs (two bytes each at most, Java's strings). */
        long characters() {
            return rationales.values().stream().mapToLong(String::length).sum()
                    + weightOptions.stream().mapToLong(String::length).sum();
        }
    }

    private Fragments render(
            KnowledgeBase kb, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> rationales = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            for (Framework framework : kb.frameworks()) {
                var rating = criterion.ratingOf(framework.id());
                rationales.put(
                        criterion.id() + '/' + framework.id(),
                        render(
                                "ahead/rationale",
                                Map.of("kb", kb, "rating", rating, "sources", kb.sources(rating.sources())),
                                locale,
                                request,
                                response));
            }
        }
        List<String> weightOptions = Weights.SCALE.stream()
                .map(selected -> render(
                        "ahead/weight-options",
                        Map.of("scale", Weights.SCALE, "selected", selected),
                        locale,
                        request,
                        response))
                .toList();
        return new Fragments(Map.copyOf(rationales), weightOptions);
    }

    private String render(
            String template,
            Map<String, ?> model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            View view = templates.resolveViewName(template, locale);
            if (view == null) {
                throw new IllegalStateException("no template " + template);
            }
            Captured captured = new Captured(response);
            view.render(model, new Isolated(request), captured);
            return captured.text();
        } catch (Exception e) {
            throw new IllegalStateException("could not render " + template + " ahead", e);
        }
    }

    /**
     * The request as the fragment sees it: Thymeleaf keeps a web context's variables as request attributes, and those
     * of a fragment must neither reach the page nor see the page's.
     */
    private static final class Isolated extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        Isolated(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            removed.remove(name);
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }

    /**
     * Takes the rendered text and nothing else: no header, status or content type reaches the page's response, and
     * no URL is given a session id (the fragments are everyone's).
     */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        String text() {
            writer.flush();
            return text.toString();
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            throw new IllegalStateException("fragments are rendered as text");
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }

        @Override
        public void setContentType(String type) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public void setLocale(Locale locale) {}

        @Override
        public void setHeader(String name, String value) {}

        @Override
        public void addHeader(String name, String value) {}

        @Override
        public void setStatus(int status) {}

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
