#define FUNC(n) .text; .globl n; .p2align 4, 0xcc; .type n,@function; n:
#define ENDF(n) .size n, .-n
#define PRO  pushq %rbx; subq $0x28,%rsp
#define EPI  addq $0x28,%rsp; popq %rbx; jmp __x86_return_thunk
#define SPILL movq %rsp,%rax; movq %rax,0x10(%rsp)
#define RESTORE movq 0x10(%rsp),%rsp
