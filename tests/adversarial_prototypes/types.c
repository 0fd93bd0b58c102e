/*
 * Callees whose prototype has at most six INTEGER-class arguments, no
 * aggregate argument or return value, is not variadic, default calling
 * convention -- yet the SysV ABI passes some argument on the stack, at the
 * cell (0(%rsp) at the call = 8(%rsp) on entry).
 */
#include "common.h"

typedef int v8si __attribute__((vector_size(32)));
typedef long v8di __attribute__((vector_size(64)));

NOSAN void ld1(long double x) { sink = (long)x; }
NOSAN void dbl9(double a, double b, double c, double d, double e, double f,
		double g, double h, double i) { sink = (long)(a+b+c+d+e+f+g+h+i); }
NOSAN void cplx5(_Complex double a, _Complex double b, _Complex double c,
		 _Complex double d, _Complex double e) { sink = (long)__real__(a+b+c+d+e); }
NOSAN void cld1(_Complex long double a) { sink = (long)__real__ a; }
NOSAN void bi256(_BitInt(256) a) { sink = (long)a; }
NOSAN void bi129(_BitInt(129) a) { sink = (long)a; }
NOSAN _BitInt(256) ret_bi256(long a, long b, long c, long d, long e, long f) { return a+b+c+d+e+f; }
NOSAN void vec256(v8si a) { sink = a[0]; }
NOSAN void vec512(v8di a) { sink = a[0]; }
NOSAN void f128x9(__float128 a, __float128 b, __float128 c, __float128 d, __float128 e,
		  __float128 f, __float128 g, __float128 h, __float128 i) { sink = (long)(a+i); }
NOSAN void i128_3(__int128 a, __int128 b, __int128 c) { sink = (long)(a+b+c); }
NOSAN void i128_l(long z, __int128 a, __int128 b, __int128 c) { sink = (long)(a+b+c+z); }

void on_ld1(void) { call_on_stack(ld1); }
void on_dbl9(void) { call_on_stack(dbl9); }
void on_cplx5(void) { call_on_stack(cplx5); }
void on_cld1(void) { call_on_stack(cld1); }
void on_bi256(void) { call_on_stack(bi256); }
void on_bi129(void) { call_on_stack(bi129); }
void on_ret_bi256(void) { call_on_stack(ret_bi256); }
void on_vec256(void) { call_on_stack(vec256); }
void on_vec512(void) { call_on_stack(vec512); }
void on_f128x9(void) { call_on_stack(f128x9); }
void on_i128_3(void) { call_on_stack(i128_3); }
void on_i128_l(void) { call_on_stack(i128_l); }
