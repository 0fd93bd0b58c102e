char stk[4096] __attribute__((aligned(16)));
__attribute__((naked)) void g(void) { asm volatile("ret"); }
__attribute__((naked)) void f(void) {
  asm volatile("push %rbx\n push %r12\n sub $0x20,%rsp\n mov %rsp,%rbx\n"
               "mov %rsp,%r12\n lea stk+4096(%rip),%rsp\n call g\n mov %r12,%rsp\n"
               "mov %rbx,%rsp\n add $0x20,%rsp\n pop %r12\n pop %rbx\n ret");
}
__attribute__((naked)) void h(void) { asm volatile("mov stk+4088(%rip),%rax\n jmp *%rax"); }
__attribute__((naked)) void start(void) { asm volatile("call f\n mov $0x1234,%ebx\n mov %rsp,%r12\n call h\n .globl done\n done: hlt"); }
