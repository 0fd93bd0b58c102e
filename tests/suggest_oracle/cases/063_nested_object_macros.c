// site: 063_nested_object_macros.c:19
// truth: INS = IN_A, IN_B is three inputs (a=0, sp=1, x=2, y=3, imm=4, hidden a=5, hidden sp=6, label 7): reorder must give "addq %2, %1 / subq %3, %6 / cmpq $%c4, %1 / je %l7"; frame-address "addq %1, %0 / subq %2, %5 / cmpq $%c3, %0 / je %l6".
#include "asmdefs.h"

#define IN_A "r" (xv)
#define IN_B "r" (yv), "i" (9)
#define INS IN_A, IN_B

void nested_object_macros(long x, long y, long z)
{
	register long a asm("r12") = x;
	register long xv asm("r13") = y;
	register long yv asm("r14") = z;

	asm goto("addq %2, %0\n\t"
		 "subq %3, %5\n\t"
		 "cmpq $%c4, %0\n\t"
		 "je %l7"
		 : "+r" (a), ASM_CALL_CONSTRAINT
		 : INS
		 : "cc"
		 : nine);
	g1 = a;
	return;
nine:
	g2 = 9;
}
