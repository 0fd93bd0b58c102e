#include "../review92/common.h"
// g saves %rbx, rebuilds a pointer to that save slot bit by bit through branches, overwrites it,
// and "restores" a different %rbx; f's register-chain restore relies on g keeping %rbx.
.text
.type g,@function
g:
 push %rbx
 mov %rsp,%rdx
 xor %edi,%edi
 xor %ecx,%ecx
1: bt %rcx,%rdx
 jnc 2f
 bts %rcx,%rdi
2: inc %ecx
 cmp $64,%ecx
 jne 1b
 movq $0x1000,(%rdi)
 pop %rbx
 ret
.size g,.-g
.globl f; .type f,@function
f:
 push %rbx
 mov %rsp,%rbx
 call g
 mov %rbx,%rsp
 pop %rbx
 ret
.size f,.-f
COMMENT
