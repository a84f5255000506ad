package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole knowledge base side by side, with every rationale and source. */
@Controller
class CompareController {

    private final KnowledgeBase kb;

    CompareController(KnowledgeBase kb) {
        this.kb = kb;
    }

    @GetMapping("/compare")
    String compare(Model model) {
        model.addAttribute("kb", kb);
        return "compare";
    }
}
