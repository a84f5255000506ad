/**
 * Advice for one project: the questionnaire, the results page (whose URL is the shareable link), the side-by-side
 * comparison, the evaluation and knowledge-base API, the results-link codec and the Markdown decision record.
 */
package com.frameworkadvisor.advice;
