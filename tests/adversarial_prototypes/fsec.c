/*
 * -ffunction-sections: every function in its own section, so every
 * function's DWARF low_pc is "section+0" before relocation.
 */
#include "common.h"
NOSAN void aaa_seven(long a, long b, long c, long d, long e, long f, long g) { sink = a+g; }
NOSAN void bbb_one(long a) { sink = a; }
NOSAN void ccc_var(int n, ...) { sink = n; }
void on_seven(void) { call_on_stack(aaa_seven); }
void on_one(void) { call_on_stack(bbb_one); }
void on_var(void) { call_on_stack(ccc_var); }
