#ifdef PART1
int g(int a, int b, int c, int d, int e, unsigned long len)
{
	return a + b + c + d + e + (int)len;
}
#else
	asm volatile("call x # %0 %1 %2 %3 %4 %5"
		     : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e), "+r" (len), ASM_CALL_CONSTRAINT
		     : : "memory");
#endif
