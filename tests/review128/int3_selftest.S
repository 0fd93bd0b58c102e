// The shape of the kernel's int3_selftest() (alternative.c: "int3; nop;
// nop; nop; nop"), run on every boot: its die notifier emulates a call to
// int3_magic, which returns to int3+5, with %rsp as before the int3 (here
// 8 lower than at the copy on that path).
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
 mov %rsp,%rbx
 test %edi,%edi
 jz 1f
 push %rax
 int3; nop; nop; nop; nop
1: mov %rbx,%rsp
 pop %rbx
 ret
 .size victim,.-victim
 .globl magic; .type magic,@function
magic:
 ret
 .size magic,.-magic
COMMENT
