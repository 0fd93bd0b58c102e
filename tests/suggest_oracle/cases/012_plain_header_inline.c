// site: h_plain_inline.h:12
// truth: the statement is in a static inline function of h_plain_inline.h with r=0, sp=1, v=2, imm=3: reorder must give "movq %2, %1\n\taddq $%c3, %1" and frame-address "movq %1, %0\n\taddq $%c2, %0" in the header.
#include "asmdefs.h"
#include "h_plain_inline.h"

long plain_header_inline(long x)
{
	return hpi_add(x) + 1;
}
