// Work the user neither waits for nor sees (reading every page of an opened catalog) yields to the UI thread,
// so that typing stays quick on a workstation that is busy with other programs. Not for work whose result is
// shown (the rank ranges): beside two busy programs it came 1.1-1.7 s late instead of 60-90 ms
// (tests/bench/README.md).
#pragma once

namespace tfp::ui {

// Lowers the calling thread's priority: 10 nice levels below the rest of the program on Linux, where
// QThread's priorities change nothing under the default scheduler (and IdlePriority would starve the work
// while any other program runs); QThread's LowPriority elsewhere. Called first thing in the background
// thread.
void yieldToInterface();

} // namespace tfp::ui
