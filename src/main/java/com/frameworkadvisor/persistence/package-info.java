/**
 * Database support: a connection pool that fails fast while the database cannot be reached, and a quick 503 with
 * Retry-After instead of an error for requests that need it meanwhile.
 */
package com.frameworkadvisor.persistence;
