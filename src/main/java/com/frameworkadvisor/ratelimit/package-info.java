/**
 * Per-client limits on the requests that cost the most or store something: opening rooms, sending ballots and
 * evaluating answers. A client over its limit gets 429 with Retry-After (docs/security.md).
 */
package com.frameworkadvisor.ratelimit;
