/* plain C pieces around a naked function carrying the %rsp copy in %rbx */
void *last_caller;
__attribute__((noinline)) void note_caller(void) { last_caller = __builtin_return_address(0); }
__attribute__((naked)) void f(void) {
  asm volatile("push %rbx\n sub $0x20,%rsp\n mov %rsp,%rbx\n call note_caller\n mov %rbx,%rsp\n add $0x20,%rsp\n pop %rbx\n ret");
}
void replay(void) { ((void (*)(void))last_caller)(); }
__attribute__((naked)) void start(void) { asm volatile("call f\n mov $0x1234,%ebx\n call replay\n .globl done\n done: hlt"); }
