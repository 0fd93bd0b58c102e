/* Statement for 012_plain_header_inline.c */
#ifndef H_PLAIN_INLINE_H
#define H_PLAIN_INLINE_H

static inline long hpi_add(long x)
{
	register long v asm("rsi") = x;
	register long r asm("rdi");

	asm volatile("movq %2, %0\n\t"
		     "addq $%c3, %0"
		     : "=r" (r), ASM_CALL_CONSTRAINT
		     : "r" (v), "i" (1234));
	return r;
}

#endif
