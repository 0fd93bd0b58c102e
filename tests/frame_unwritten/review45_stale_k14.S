#include "stale_start.inc"
k:
  sub $0x40,%rsp
  fldl 0x20(%rsp)
  fstpl saved(%rip)
  add $0x40,%rsp
  ret
#include "stale_end.inc"
