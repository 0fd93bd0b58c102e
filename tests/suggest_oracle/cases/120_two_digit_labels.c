// site: 120_two_digit_labels.c:22
// truth: r=0, sp=1, inputs 2..8, hidden sp=9, labels 10, 11, 12: reorder must only turn %0 into %1; frame-address must shift inputs down by one (%2..%8 -> %1..%7) and labels to %l9 %l10 %l11 without chaining replacements.
#include "asmdefs.h"

void two_digit_labels(long x, long y, long z)
{
	register long v0 asm("r12") = x;
	register long v1 asm("r14") = y;
	register long v2 asm("r15") = z;
	register long r asm("r13");

	asm goto("movq %2, %0\n\t"
		 "addq %3, %0\n\t"
		 "addq %4, %0\n\t"
		 "cmpq $%c5, %0\n\t"
		 "je %l10\n\t"
		 "cmpq $%c6, %0\n\t"
		 "je %l11\n\t"
		 "cmpq $%c7, %0\n\t"
		 "je %l12\n\t"
		 "addq %8, %0"
		 : "=r" (r), ASM_CALL_CONSTRAINT
		 : "r" (v0), "r" (v1), "r" (v2), "i" (1), "i" (2), "i" (3), "m" (g11)
		 : "cc"
		 : one, two, three);
	g1 = r;
	return;
one:
	g2 = 1;
	return;
two:
	g3 = 2;
	return;
three:
	g4 = 3;
}
