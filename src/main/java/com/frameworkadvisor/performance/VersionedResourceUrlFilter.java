package com.frameworkadvisor.performance;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites links to versioned static assets in pages ({@code @{/css/app.css}} becomes {@code /css/app-<hash>.css}),
 * like Spring's {@link ResourceUrlEncodingFilter}, which it replaces, but only for links under the versioned paths
 * and working out each asset's public path once.
 *
 * <p>Spring's filter asks the resource chain about every link a template builds. For a link that is not a static
 * resource ({@code /results}, {@code /compare#source-…}) the answer is "none", which the chain does not cache, so every
 * such link searched each static location through every jar on the classpath, under the jar loader's locks. A results
 * page builds about a hundred links, which made it some hundred times slower than a static asset under load. Links
 * outside the versioned paths are left exactly as they were; Spring's filter left them unchanged too.
 */
class VersionedResourceUrlFilter extends ResourceUrlEncodingFilter {

    /** Public paths of the assets linked so far; templates link a handful, so past this they are not remembered. */
    private static final int MAX_REMEMBERED = 256;

    private final Supplier<ResourceUrlProvider> urls;
    private final List<String> versionedPaths;
    private final boolean remember;
    private final PathMatcher matcher = new AntPathMatcher();
    private final Map<String, String> publicPaths = new ConcurrentHashMap<>();

    /**
     * @param urls the resource chain's URL provider, asked once per asset path
     * @param versionedPaths patterns of the paths whose links the chain rewrites, e.g. {@code /css/**}
     * @param remember whether an asset's public path may be remembered (the resource chain's cache setting)
     */
    VersionedResourceUrlFilter(Supplier<ResourceUrlProvider> urls, List<String> versionedPaths, boolean remember) {
        this.urls = urls;
        this.versionedPaths = List.copyOf(versionedPaths);
        this.remember = remember;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest httpRequest)
                || !(response instanceof HttpServletResponse httpResponse)) {
            throw new ServletException("VersionedResourceUrlFilter only supports HTTP requests");
        }
        chain.doFilter(request, new VersionedLinks(httpResponse, httpRequest.getContextPath()));
    }

    /** The link with an asset's path replaced by its public, versioned path; any other link as it is. */
    String rewrite(String url, String contextPath) {
        if (!url.startsWith(contextPath)) {
            return url;
        }
        int end = endOfPath(url);
        if (end < contextPath.length()) {
            return url;
        }
        String path = url.substring(contextPath.length(), end);
        if (!isVersioned(path)) {
            return url;
        }
        String publicPath = publicPaths.get(path);
        if (publicPath == null) {
            String resolved = urls.get().getForLookupPath(path);
            publicPath = resolved == null ? path : resolved;
            if (remember && publicPaths.size() < MAX_REMEMBERED) {
                publicPaths.putIfAbsent(path, publicPath);
            }
        }
        return publicPath.equals(path) ? url : contextPath + publicPath + url.substring(end);
    }

    private boolean isVersioned(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        for (String pattern : versionedPaths) {
            if (matcher.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** Where the path ends: at the query, the fragment or the end of the link. */
    private static int endOfPath(String url) {
        int end = url.length();
        int query = url.indexOf('?');
        if (query >= 0) {
            end = query;
        }
        int fragment = url.indexOf('#');
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end;
    }

    private final class VersionedLinks extends HttpServletResponseWrapper {

        private final String contextPath;

        VersionedLinks(HttpServletResponse response, String contextPath) {
            super(response);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(rewrite(url, contextPath));
        }
    }
}
