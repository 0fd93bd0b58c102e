// g is only an int3, and falls into h's ret once the #BP is handled: the
// call to g returns, with victim's %rsp 8 lower than at the copy on that
// path. g is not a function that never returns.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
 mov %rsp,%rbx
 test %edi,%edi
 jz 1f
 push %rax
 call g
1: mov %rbx,%rsp
 pop %rbx
 ret
 .size victim,.-victim
 .globl g; .type g,@function
g: int3
 .size g,.-g
 .globl h; .type h,@function
h: ret
 .size h,.-h
COMMENT
