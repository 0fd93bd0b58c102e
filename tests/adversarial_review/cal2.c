extern unsigned long irqstk2[512];
__attribute__((noinline)) void f_glob(void) { irqstk2[508] = 0x4141; }
__attribute__((noinline)) void f_arg(unsigned long *p) { *p = 0x4242; }
__attribute__((noinline)) void f_frame(long a, long b) { ((unsigned long *)__builtin_frame_address(0))[2] = a + b; }
