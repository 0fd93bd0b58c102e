# A `.cold` part (`helper.cold`, STT_FUNC) whose parent `helper` the object
# does not have: objtool's read_symbols() gives up on the whole object
# (`can't find parent function`) before checking any function, so
# spill_once's own line is never printed: rspill makes no prediction.

#include "spill_once.inc"

	.type	helper.cold,@function
helper.cold:
	ud2
	.size	helper.cold, .-helper.cold
