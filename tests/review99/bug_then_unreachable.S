// The control: the same with a BUG (flags 0): report_bug() gives
// BUG_TRAP_TYPE_BUG, handle_bug() does not resume, the task dies in
// die(): bugonly never returns, and c1's restore is a no-op on every path.
#include "../review92/common.h"
#include "caller.inc"
.text
F(c1, bugonly)
.type bugonly,@function
bugonly: 2: ud2
.size bugonly, .-bugonly
BUG_ENTRY(2b, 0)
NEXT(nextf)
COMMENT
