package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.LinkParameters;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.performance.RenderedPages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;

/** A whole knowledge-base version side by side, with every rationale and source: the current one, or {@code ?v=}. */
@Controller
class CompareController {

    private final KnowledgeBases kbs;
    private final RenderedPages pages;

    CompareController(KnowledgeBases kbs, RenderedPages pages) {
        this.kbs = kbs;
        this.pages = pages;
    }

    @GetMapping("/compare")
    View compare(
            @RequestParam(name = LinkParameters.VERSION, required = false) List<String> version,
            Model model,
            Locale locale,
            ServletWebRequest request) {
        RenderedPages.Page rendered = pages.page(
                request,
                locale,
                request.getRequest().getQueryString(),
                kbs.current().version());
        if (pages.notModified(request, rendered)) {
            return null;
        }
        Optional<View> kept = pages.kept(rendered);
        if (kept.isPresent()) {
            return kept.get();
        }
        KnowledgeBase kb = version == null ? kbs.current() : ResultsLink.version(kbs, version, LinkParameters.VERSION);
        model.addAttribute("kb", kb);
        model.addAttribute(
                "names",
                Scores.names(kb.frameworks().stream().map(Framework::name).toList()));
        model.addAttribute("current", kbs.current().version());
        List<String> others = new ArrayList<>(kbs.versions().stream()
                .map(PublishedVersion::version)
                .filter(v -> !v.equals(kb.version()))
                .toList());
        // Newest first, like the page of changes, so the current version leads the list.
        Collections.reverse(others);
        model.addAttribute("otherVersions", others);
        return pages.view(rendered, "compare");
    }
}
