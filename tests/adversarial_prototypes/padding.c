/*
 * Kernel CONFIG_CALL_PADDING / ftrace style entry padding
 * (-fpatchable-function-entry=16,16): 16 NOPs before every function symbol.
 * Checks that the DWARF lookup still works (over-conservatism), and that a
 * function's padding does not make a neighbour's DWARF match.
 */
#include "common.h"
NOSAN void seven(long a, long b, long c, long d, long e, long f, long g) { sink = a + g; }
NOSAN void regs_only(long a, long b) { sink = a + b; }
void on_seven(void) { call_on_stack(seven); }
void on_regs(void) { call_on_stack(regs_only); }
