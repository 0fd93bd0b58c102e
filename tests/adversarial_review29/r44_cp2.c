long buf;
__attribute__((naked)) void g(void) { asm volatile("mov (%rsp),%rax\n ret"); }
__attribute__((naked)) void f(void) {
  asm volatile("push %rbx\n sub $0x20,%rsp\n mov %rsp,%rbx\n call g\n mov %rax,buf(%rip)\n mov %rbx,%rsp\n add $0x20,%rsp\n pop %rbx\n ret");
}
__attribute__((naked)) void h(void) { asm volatile("mov buf(%rip),%rax\n jmp *%rax"); }
__attribute__((naked)) void start(void) { asm volatile("call f\n mov $0x1234,%ebx\n call h\n .globl done\n done: hlt"); }
