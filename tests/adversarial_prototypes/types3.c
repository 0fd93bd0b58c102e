/* More scalar-looking parameter types: complex integers (GNU), small vectors,
 * K&R definitions, clang calling-convention attributes. */
#include "common.h"
typedef char v8qi __attribute__((vector_size(8)));
typedef long v2di __attribute__((vector_size(16)));
NOSAN void cl4(_Complex long a, _Complex long b, _Complex long c, _Complex long d) { sink = __real__ a + __imag__ d; } /* 8 INTEGER eightbytes */
NOSAN void ci7(_Complex int a, _Complex int b, _Complex int c, _Complex int d, _Complex int e, _Complex int f, _Complex int g) { sink = __real__ a + __imag__ g; }
NOSAN void cc1(_Complex char a) { sink = __real__ a; }
NOSAN void v8x9(v8qi a, v8qi b, v8qi c, v8qi d, v8qi e, v8qi f, v8qi g, v8qi h, v8qi i) { sink = a[0] + i[0]; }
NOSAN void v2x1(v2di a) { sink = a[0]; }
NOSAN void kr1(a) long a; { sink = a; }
NOSAN void kr7(a, b, c, d, e, f, g) long a, b, c, d, e, f, g; { sink = a + g; }
__attribute__((regcall)) NOSAN void rc1(long a) { sink = a; }
__attribute__((preserve_most)) NOSAN void pm1(long a) { sink = a; }
__attribute__((preserve_all)) NOSAN void pa1(long a) { sink = a; }
__attribute__((preserve_none)) NOSAN void pn1(long a) { sink = a; }
__attribute__((swiftcall)) NOSAN void sw1(long a) { sink = a; }
__attribute__((sysv_abi)) NOSAN void sv1(long a) { sink = a; }
__attribute__((vectorcall)) NOSAN void vc1(long a) { sink = a; }

void on_cl4(void) { call_on_stack(cl4); }
void on_ci7(void) { call_on_stack(ci7); }
void on_cc1(void) { call_on_stack(cc1); }
void on_v8x9(void) { call_on_stack(v8x9); }
void on_v2x1(void) { call_on_stack(v2x1); }
void on_kr1(void) { call_on_stack(kr1); }
void on_kr7(void) { call_on_stack(kr7); }
void on_rc1(void) { call_on_stack(__regcall3__rc1); }
void on_pm1(void) { call_on_stack(pm1); }
void on_pa1(void) { call_on_stack(pa1); }
void on_pn1(void) { call_on_stack(pn1); }
void on_sw1(void) { call_on_stack(sw1); }
void on_sv1(void) { call_on_stack(sv1); }
void on_vc1(void) { call_on_stack(vc1); }
