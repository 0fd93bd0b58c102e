// two .altinstructions entries whose sites overlap (both at instruction
// boundaries): applied one after the other they write lea 8(%rsp),%rsp
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
  call ext
1:
#ifdef TAKEN
  .byte 0x48,0x8d,0x64,0x24,0x08
#else
  .byte 0x66,0x90
7: .byte 0x0f,0x1f,0x00
#endif
2:
  mov %rbx,%rsp
  pop %rbx
  ret
.size victim,.-victim
.section .altinstr_replacement,"ax"
3: .byte 0x48,0x8d,0x40,0x00,0x90
5: .byte 0x64,0x24,0x08
.section .altinstructions,"a"
.long 1b - .
.long 3b - .
.4byte 0x10
.byte 5
.byte 5
.long 1b + 2 - .
.long 5b - .
.4byte 0x11
.byte 3
.byte 3
COMMENT
