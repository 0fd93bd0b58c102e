// tail static call site in its RET form (__static_call_validate accepts RET for tail sites);
// the kernel writes 5 bytes there (jmp func / ret;int3x4 / jmp return_thunk), overwriting the
// 4 bytes after the ret, which another path branches to. With displacement 0xe01f0f50
// (a module site calling a kernel function ~510MB below) they read `push %rax; nopl %eax`.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
  call ext
  test %rdi,%rdi
  jne .Lafter
1:
#ifdef TAKEN
  .byte 0xe9, 0x50,0x0f,0x1f,0xe0
#else
  ret
  .byte 0x0f,0x1f,0x40,0x00
#endif
.Lafter = 1b + 1
  mov %rbx,%rsp
  pop %rbx
  ret
.size victim,.-victim
#ifndef UNTABLED
.section .static_call_sites,"aw"
.long 1b - .
.long __SCK__foo - . + 1
#endif
COMMENT
