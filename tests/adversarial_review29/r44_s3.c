__attribute__((naked)) void f(void) {
  asm volatile("sub $0x40,%rsp\n mov %rsp,%rax\n mov %rax,8(%rsp)\n fldz\n fstp %st(0)\n mov 8(%rsp),%rcx\n mov %rcx,%rsp\n add $0x40,%rsp\n ret");
}
__attribute__((naked)) void h(void) {
  asm volatile("sub $0x48,%rsp\n fnstenv 0(%rsp)\n mov 12(%rsp),%eax\n add $0x48,%rsp\n jmp *%rax");
}
__attribute__((naked)) void start(void) {
  asm volatile("call f\n sub $0x100,%rsp\n and $-16,%rsp\n call h\n .globl done\n done: hlt");
}
