/**
 * The HTML pages: questionnaire, results (the shareable link) and the side-by-side comparison.
 */
package com.frameworkadvisor.web;
