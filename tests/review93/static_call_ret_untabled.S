// static_call_ret without its .static_call_sites entry: the kernel patches
// nothing there, and the restore is a no-op (a control: claimed).
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
COMMENT
