/* Integer-class corner cases for the prototype rule. */
#include "common.h"
enum e { E0, E1 };
typedef union { int *ip; long *lp; } __attribute__((transparent_union)) tu;

NOSAN void bi128_3(_BitInt(128) a, _BitInt(128) b, _BitInt(128) c) { sink = (long)(a+b+c); }
NOSAN void bi65_3(_BitInt(65) a, _BitInt(65) b, _BitInt(65) c) { sink = (long)(a+b+c); }
NOSAN void bi128_after5(long a, long b, long c, long d, long e, _BitInt(128) f) { sink = (long)(a+f); }
NOSAN void ubi64x6(unsigned _BitInt(64) a, unsigned _BitInt(64) b, unsigned _BitInt(64) c,
		   unsigned _BitInt(64) d, unsigned _BitInt(64) e, unsigned _BitInt(64) f) { sink = a+f; }
NOSAN void dbl1(double a) { sink = (long)a; }
NOSAN void mix(enum e a, _Bool b, char c, short *d, long e, unsigned f) { sink = a+b+c+e+f+(long)d; }
NOSAN void trans(tu u) { sink = (long)u.ip; }
NOSAN long double ret_ld(long a) { return a; }
NOSAN _Complex long double ret_cld(long a) { return a; }
NOSAN __int128 ret_i128(long a) { return a; }
NOSAN _BitInt(128) ret_bi128(long a, long b, long c, long d, long e, long f) { return a+f; }
NOSAN _BitInt(129) ret_bi129(long a, long b, long c, long d, long e, long f) { return a+f; }

void on_bi128_3(void) { call_on_stack(bi128_3); }
void on_bi65_3(void) { call_on_stack(bi65_3); }
void on_bi128_after5(void) { call_on_stack(bi128_after5); }
void on_ubi64x6(void) { call_on_stack(ubi64x6); }
void on_dbl1(void) { call_on_stack(dbl1); }
void on_mix(void) { call_on_stack(mix); }
void on_trans(void) { call_on_stack(trans); }
void on_ret_ld(void) { call_on_stack(ret_ld); }
void on_ret_cld(void) { call_on_stack(ret_cld); }
void on_ret_i128(void) { call_on_stack(ret_i128); }
void on_ret_bi128(void) { call_on_stack(ret_bi128); }
void on_ret_bi129(void) { call_on_stack(ret_bi129); }
