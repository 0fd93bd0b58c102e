#define S(v) #v
#define XS(v) S(v)
static inline void f(void)
{
	PINS;
	asm volatile("mov %0, %0 # %" XS(__INCLUDE_LEVEL__) : "+r"(a), ASM_CALL_CONSTRAINT : "r"(b));
	USE
}
