/**
 * Cross-cutting concerns: error pages and problem details, request limits, wiring of the plain-Java core.
 */
package com.frameworkadvisor.system;
