/**
 * What protects an anonymous, public application whose rooms are guarded only by unguessable links: CSRF tokens on
 * every form, the security headers on every answer, capped request bodies, and no session or account of any kind
 * (docs/security.md).
 */
package com.frameworkadvisor.security;
