/**
 * The scoring core in plain Java (no Spring types): validated weights in, a ranked and explained evaluation out.
 */
package com.frameworkadvisor.scoring;
