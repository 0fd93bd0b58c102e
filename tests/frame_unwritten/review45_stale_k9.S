#include "stale_start.inc"
k:
  sub $0x20,%rsp
  pop %rax
  add $0x18,%rsp
  mov %rax,saved(%rip)
  ret
#include "stale_end.inc"
