#include "adv.h"
FUNC(p2_rbx)
  PRO
  movq %rsp,%rbx
  movq %rbx,0x10(%rsp)
  call ext0
  RESTORE
  EPI
ENDF(p2_rbx)
FUNC(p2_rbx_slot8)
  PRO
  movq %rsp,%rbx
  movq %rbx,0x8(%rsp)
  call ext0
  movq 0x8(%rsp),%rsp
  EPI
ENDF(p2_rbx_slot8)
FUNC(p2_rbx_callfirst)
  PRO
  movq %rsp,%rbx
  movq %rbx,0x8(%rsp)
  call ext0
  call ext0
  movq 0x8(%rsp),%rsp
  EPI
ENDF(p2_rbx_callfirst)
