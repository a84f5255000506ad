package com.frameworkadvisor.advice;

import com.frameworkadvisor.support.VersionedWebTest;

/**
 * The golden links still reproduce once a later knowledge-base version, which changes ratings and criteria, has been
 * published: a link without a version means 2026.11.1 for ever.
 */
@VersionedWebTest
class GoldenLinksAfterANewVersionTest extends GoldenLinksContract {}
