// The control: the same function without the int3 (the pushed word popped
// again): the restore writes the value %rsp holds, and the claim stands.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
 mov %rsp,%rbx
 test %edi,%edi
 jz 1f
 push %rax
 pop %rax
1: mov %rbx,%rsp
 pop %rbx
 ret
 .size victim,.-victim
COMMENT
