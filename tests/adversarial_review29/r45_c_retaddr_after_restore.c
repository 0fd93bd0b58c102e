/* f: hand-written %rsp spill/reload/restore; it calls g().
   g: C that takes __builtin_return_address(0) (f+0xf) after an inline-asm
   statement that copies %rsp to a register and writes it back (a no-op restore,
   which rspill itself proves redundant). start later calls through it. */
void *saved;
extern void f(void);
__asm__(".text\n.globl f\n.type f,@function\nf:\n push %rbp\n sub $0x10,%rsp\n mov %rsp,8(%rsp)\n call g\n"
        " mov 8(%rsp),%rax\n mov %rax,%rsp\n add $0x10,%rsp\n pop %rbp\n ret\n.size f,.-f\n");
__attribute__((noinline)) void g(void) {
    volatile long local = 0;   /* gives g a frame below its return address */
    __asm__ volatile("mov %%rsp,%%rcx\n\tmov %%rcx,%%rsp" ::: "rcx", "memory");
    saved = __builtin_return_address(0);
}
void start(void) {
    f();
    ((void (*)(void))saved)();
    __builtin_trap();
}
