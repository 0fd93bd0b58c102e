/*
 * -ffunction-sections + `ld -r --gc-sections`: the DWARF of the discarded
 * function gone() stays, its address relocations now resolve to 0.
 * seven() is placed first in its section, like every function here.
 */
#include "../common.h"
NOSAN void gone(long a) { sink = a; }
extern void bar_fn(long a, long b, long c, long d, long e, long f, long g);
NOSAN void seven(long a, long b, long c, long d, long e, long f, long g) { bar_fn(a, b, c, d, e, f, g + 0x5151); }
void on_seven(void) { call_on_stack(seven); }
