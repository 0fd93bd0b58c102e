// site: 096_goto_only_acc.c:10
// truth: asm goto whose only output is ASM_CALL_CONSTRAINT and whose input list is empty (sp=0, hidden sp=1, label 2): reorder has nothing to do; frame-address must put the input into the empty input list and give "jc %l1".
#include "asmdefs.h"

void goto_only_acc(long x)
{
	g1 = x;
	asm goto("btq $3, %%rsp\n\t"
		 "jc %l2"
		 : ASM_CALL_CONSTRAINT
		 :
		 : "cc"
		 : odd);
	g2 = 1;
	return;
odd:
	g3 = 1;
}
