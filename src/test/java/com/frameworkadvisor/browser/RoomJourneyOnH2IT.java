package com.frameworkadvisor.browser;

/** The meeting with rooms in the embedded H2 file database, the default. */
@BrowserTest
class RoomJourneyOnH2IT extends RoomJourneyContract {}
