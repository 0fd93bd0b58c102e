extern void ext(void);
extern void helper(void *);
void victim(void) {
  asm volatile("push %%rbp\n\tmov %%rsp,%%rbx\n\tcall ext\n\tmov %%rbx,%%rsp\n\tpop %%rbp" ::: "rbx","memory");
}
__attribute__((noinline)) void jumper(void) {
  void (*buf[4])(void);
  asm volatile("xor %%ebx,%%ebx" ::: "rbx");
  helper(buf);
  buf[2]();
}
void drv(void) { victim(); jumper(); }
