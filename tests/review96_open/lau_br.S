#include "../review92/common.h"
// rebuild %rsp bit by bit through branches (implicit flow), then store through it over the spill slot
.text
.globl f; .type f,@function
f:
 sub $24,%rsp
 mov %rsp,%rax
 mov %rax,8(%rsp)
 mov %rsp,%rdx
 xor %edi,%edi
 xor %ecx,%ecx
1: bt %rcx,%rdx
 jnc 2f
 bts %rcx,%rdi
2: inc %ecx
 cmp $64,%ecx
 jne 1b
 movq $0,8(%rdi)
 mov 8(%rsp),%rcx
 mov %rcx,%rsp
 add $24,%rsp
 ret
.size f,.-f
COMMENT
