#ifdef __x86_64__
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r" (current_stack_pointer)
static inline void many(long *p)
{
	register long a asm("rax") = p[0]; register long b asm("rbx") = p[1];
	register long c asm("rcx") = p[2]; register long d asm("rdx") = p[3];
	register long e asm("rsi") = p[4]; register long g asm("rdi") = p[5];
	register long h asm("r8") = p[6];  register long i asm("r9") = p[7];
	register long j asm("r10") = p[8]; register long k asm("r11") = p[9];
	register long l asm("r12") = p[10]; register long m asm("r13") = p[11];
	register long n asm("r14") = p[12]; long w = p[13];
	asm volatile("# %0 %1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12"
		     : "+r"(a), "+r"(b), "+r"(c), "+r"(d), "+r"(e), "+r"(g), "+r"(h),
		       "+r"(i), "+r"(j), "+r"(k), "+r"(l), "+r"(m), "+r"(n), "+r"(w),
		       ASM_CALL_CONSTRAINT);
	p[0]=a; p[1]=b; p[2]=c; p[3]=d; p[4]=e; p[5]=g; p[6]=h;
	p[7]=i; p[8]=j; p[9]=k; p[10]=l; p[11]=m; p[12]=n; p[13]=w;
}
#endif
