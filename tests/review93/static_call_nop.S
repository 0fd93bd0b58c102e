// static call site in its NOP5 form (valid non-tail form, __static_call_validate accepts it);
// the kernel patches it to `call func` (func clobbers caller-saved %rcx, which holds the %rsp copy)
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rcx
1:
#ifdef TAKEN
  call func
#else
  .byte 0x0f,0x1f,0x44,0x00,0x00
#endif
  mov %rcx,%rsp
  pop %rbx
  ret
.size victim,.-victim
#ifdef TAKEN
.globl func
.type func,@function
func: xor %ecx,%ecx
  ret
.size func,.-func
#endif
#ifndef NOSITE
.section .static_call_sites,"aw"
.long 1b - .
.long __SCK__foo - .
#endif
COMMENT
