/* Statement for 117_header_macro_site.c */
#ifndef H_THUNK_H
#define H_THUNK_H

#define THUNK_ADD(dst, a, b)					\
	asm volatile("leaq (%2,%3), %0"				\
		     : "=r" (dst), ASM_CALL_CONSTRAINT	\
		     : "r" (a), "r" (b))

#endif
