extern void sink(void *);
/* long double is class MEMORY: passed on the stack, the callee owns 8(%rsp)..0x17(%rsp) */
__attribute__((noinline)) void f_ld(long double x) { x = 65.0L; sink(&x); }
__attribute__((noinline)) void f_ld2(long a, long double x) { x += a; sink(&x); }
__attribute__((noinline)) void f_bi(_BitInt(256) x) { x = 0x4141; sink(&x); }
__attribute__((noinline)) void f_cld(_Complex long double x) { x = 65.0L; sink(&x); }
/* returns via hidden pointer in rdi */
__attribute__((noinline)) _BitInt(256) f_ret_bi(void) { return 0x4141; }
__attribute__((noinline)) long double f_ret_ld(void) { return 1.0L; }
__attribute__((noinline)) void f_plain(long a) { sink(&a); }
__attribute__((noinline)) void f_ld_inplace(long double x) { x = 65.0L; __asm__ volatile("" :: "m"(x)); }
__attribute__((noinline)) void f_bi_inplace(_BitInt(256) x) { x = 0x4141; __asm__ volatile("" :: "r"(&x) : "memory"); }
