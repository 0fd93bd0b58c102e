/* f: hand-written %rsp spill/reload/restore (the construct rspill classifies);
   k: ordinary C that reads an uninitialised local array element (stale stack
   left by f's call to g = the return address f+0xf); start jumps through it. */
void *saved;
extern void f(void);
__asm__(".text\n.globl f\n.type f,@function\nf:\n push %rbp\n sub $0x10,%rsp\n mov %rsp,8(%rsp)\n call g\n"
        " mov 8(%rsp),%rax\n mov %rax,%rsp\n add $0x10,%rsp\n pop %rbp\n ret\n.size f,.-f\n"
        ".type g,@function\ng: ret\n.size g,.-g\n");
__attribute__((noinline)) void k(long i) {
    volatile unsigned long buf[4];
    saved = (void *)buf[i];   /* never written: stale stack */
}
void start(void) {
    f();
    k(1);
    ((void (*)(void))saved)();
    __builtin_trap();
}
