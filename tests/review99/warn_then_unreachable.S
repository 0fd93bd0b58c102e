// A WARN (ud2 with a __bug_table entry flagged BUGFLAG_WARNING) then
// __builtin_unreachable(): the kernel's handle_bug() takes report_bug()'s
// BUG_TRAP_TYPE_WARN and resumes after the ud2, into nextf, which returns
// to c1: the sub runs and c1's restore moves %rsp by +8.
#include "../review92/common.h"
#include "caller.inc"
.text
F(c1, warnonly)
.type warnonly,@function
warnonly: 2: ud2
.size warnonly, .-warnonly
BUG_ENTRY(2b, 1)
NEXT(nextf)
COMMENT
