/**
 * Errors that no feature handles itself: HTML error pages and RFC 9457 problem details for everything that falls
 * through, and the one shape of a field-by-field 400 problem that features use for their own exceptions.
 */
package com.frameworkadvisor.errors;
