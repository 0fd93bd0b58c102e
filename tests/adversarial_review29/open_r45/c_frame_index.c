/* f: hand-written %rsp spill/reload/restore; it calls g().
   g: C reading its frame as an array with an index the compiler cannot fold
   (zero from an asm): (frame+1)[z] is g's return address (f+0xf), read with
   indexed addressing. start later calls through it. */
void *saved;
extern void f(void);
__asm__(".text\n.globl f\n.type f,@function\nf:\n push %rbp\n sub $0x10,%rsp\n mov %rsp,8(%rsp)\n call g\n"
        " mov 8(%rsp),%rax\n mov %rax,%rsp\n add $0x10,%rsp\n pop %rbp\n ret\n.size f,.-f\n");
__attribute__((noinline)) void g(void) {
    long z;
    __asm__("xor %k0,%k0" : "=r"(z));
    saved = (void *)((unsigned long *)__builtin_frame_address(0) + 1)[z];
}
void start(void) {
    f();
    ((void (*)(void))saved)();
    __builtin_trap();
}
