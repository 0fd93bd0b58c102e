// site: 092_crlf_splice.c:13
// truth: CRLF file with backslash-CRLF splices inside the template literal ("%\<CRLF>2", "%\<CRLF>0"): reorder must make the spliced %0 a %1, frame-address the spliced %2 a %1, and the patch must apply to the CRLF lines.
#include "asmdefs.h"

long crlf_splice(long x)
{
	register long v asm("r12") = x;
	register long r asm("r13");

	asm volatile("movq %\
2, %\
0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v));
	return r;
}
