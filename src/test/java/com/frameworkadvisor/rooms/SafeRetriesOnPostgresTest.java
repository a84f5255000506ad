package com.frameworkadvisor.rooms;

import com.frameworkadvisor.support.PostgresWebTest;

@PostgresWebTest
class SafeRetriesOnPostgresTest extends SafeRetriesContract {}
