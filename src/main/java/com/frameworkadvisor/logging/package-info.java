/** Logging: room ids and keys masked in every log line, and the optional access log. */
package com.frameworkadvisor.logging;
