package com.frameworkadvisor.rooms;

import com.frameworkadvisor.support.WebTest;

@WebTest
class RoomApiOnH2Test extends RoomApiContract {}
