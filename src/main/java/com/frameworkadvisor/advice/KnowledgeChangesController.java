package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBaseChanges;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every published knowledge-base version, newest first, each with what changed since the one before it. */
@Controller
class KnowledgeChangesController {

    /**
     * A published version as the page lists it.
     *
     * @param changes since the version before it; {@code null} for the first version, which has none before it
     */
    record VersionChanges(PublishedVersion published, boolean current, KnowledgeBaseChanges changes) {}

    private final List<VersionChanges> newestFirst;

    KnowledgeChangesController(KnowledgeBases kbs) {
        // Published versions never change while the application runs, so their differences are computed once.
        List<PublishedVersion> versions = kbs.versions();
        List<VersionChanges> list = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            PublishedVersion version = versions.get(i);
            KnowledgeBaseChanges changes = i == 0
                    ? null
                    : KnowledgeBaseChanges.between(
                            kbs.find(versions.get(i - 1).version()).orElseThrow(),
                            kbs.find(version.version()).orElseThrow());
            list.add(new VersionChanges(version, i == versions.size() - 1, changes));
        }
        this.newestFirst = List.copyOf(list);
    }

    @GetMapping("/knowledge/changes")
    String changes(Model model) {
        model.addAttribute("versions", newestFirst);
        return "knowledge-changes";
    }
}
