/* C23 enums with a 128-bit underlying type: 16 bytes, two INTEGER registers. */
#include "common.h"
enum e128 : __int128 { E128_A = 1 };
typedef int ti_mode __attribute__((mode(TI)));
NOSAN void e128x4(enum e128 a, enum e128 b, enum e128 c, enum e128 d) { sink = (long)a + (long)d; }	/* 8 registers */
NOSAN void e128x3(enum e128 a, enum e128 b, enum e128 c) { sink = (long)a + (long)c; }			/* 6 registers */
NOSAN void ti4(ti_mode a, ti_mode b, ti_mode c, ti_mode d) { sink = (long)a + (long)d; }		/* 8 registers */
void on_e128x4(void) { call_on_stack(e128x4); }
void on_e128x3(void) { call_on_stack(e128x3); }
void on_ti4(void) { call_on_stack(ti4); }
