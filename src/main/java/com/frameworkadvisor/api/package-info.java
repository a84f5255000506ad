/**
 * The JSON API: the knowledge base as loaded and evaluations of weights, with RFC 9457 problem details for every error.
 */
package com.frameworkadvisor.api;
