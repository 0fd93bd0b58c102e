typedef void (*fp)(void);
extern void ext(void);
__attribute__((noinline)) void victim(void) {
  asm volatile("push %%rbp\n\tmov %%rsp,%%rbx\n\tcall ext\n\tmov %%rbx,%%rsp\n\tpop %%rbp" ::: "rbx", "memory");
}
__attribute__((noinline)) void jumper(long k) {
  long *p;
  asm volatile("xor %%ebx,%%ebx\n\tmov %%rsp,%0" : "=r"(p) :: "rbx");
  ((fp)p[k])();
}
void drv(long k) { victim(); jumper(k); }
