package com.frameworkadvisor.rooms;

import com.frameworkadvisor.support.WebTest;

@WebTest
class SafeRetriesOnH2Test extends SafeRetriesContract {}
