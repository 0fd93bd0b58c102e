// site: h_thunk.h:7
// truth: the statement is in the THUNK_ADD macro of h_thunk.h (dst=0, sp=1, a=2, b=3), used twice consistently: reorder must give "leaq (%2,%3), %1" and frame-address "leaq (%1,%2), %0" in the header.
#include "asmdefs.h"
#include "h_thunk.h"

long header_macro_site(long x, long y)
{
	register long a asm("r12") = x;
	register long b asm("r13") = y;
	register long r asm("r14");
	register long s asm("r15");

	THUNK_ADD(r, a, b);
	THUNK_ADD(s, b, a);
	return r ^ s;
}
