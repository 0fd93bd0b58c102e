/*
 * The fixture's four "not provable" callees, compiled with different debug
 * info flavours (-gline-tables-only, -gdwarf-4, -gstrict-dwarf,
 * -gsplit-dwarf, -g1 ...).  A flavour that drops parameters or the calling
 * convention must not turn them into a claimed switch back.
 */
#include "common.h"
struct big { long a[4]; };
NOSAN void seven(long a, long b, long c, long d, long e, long f, long g) { sink = a+b+c+d+e+f+g; }
NOSAN void by_value(struct big b) { sink = b.a[0] + b.a[3]; }
NOSAN void variadic(int n, ...) { sink = n; }
__attribute__((ms_abi)) NOSAN void msabi(long a) { sink = a; }
NOSAN void regs_only(long a, long b) { sink = a + b; }

void on_seven(void) { call_on_stack(seven); }
void on_big(void) { call_on_stack(by_value); }
void on_varargs(void) { call_on_stack(variadic); }
void on_msabi(void) { call_on_stack(msabi); }
void on_regs(void) { call_on_stack(regs_only); }
