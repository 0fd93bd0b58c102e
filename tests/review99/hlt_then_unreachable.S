// `hlt` then __builtin_unreachable(): an interrupt or NMI wakes the hlt
// and its handler's iret comes back after it, into nextf, which returns
// to h1: the sub runs and h1's restore moves %rsp by +8.
#include "../review92/common.h"
#include "caller.inc"
.text
F(h1, hdie)
.type hdie,@function
hdie: hlt
.size hdie, .-hdie
NEXT(nextf)
COMMENT
