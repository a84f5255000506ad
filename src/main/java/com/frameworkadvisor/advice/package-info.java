/**
 * Advice for one project: the questionnaire, the results page (whose URL is the shareable link, with its
 * knowledge-base version), the notice on a result of an older version and the answers carried to today's, the
 * side-by-side comparison and the page of what changed between versions, the evaluation and knowledge-base API, the
 * results-link codec and the Markdown decision record.
 */
package com.frameworkadvisor.advice;
