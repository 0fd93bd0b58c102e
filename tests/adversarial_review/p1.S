#include "adv.h"
FUNC(p_nocall)
  PRO
  SPILL
  RESTORE
  EPI
ENDF(p_nocall)
FUNC(p_call_after)
  PRO
  SPILL
  call ext0
  RESTORE
  EPI
ENDF(p_call_after)
FUNC(p_call_before)
  PRO
  call ext0
  SPILL
  call ext0
  RESTORE
  EPI
ENDF(p_call_before)
FUNC(p_reg_across_call)
  PRO
  movq %rsp,%rbx
  call ext0
  movq %rbx,%rsp
  EPI
ENDF(p_reg_across_call)
FUNC(p_high_slot)
  PRO
  movq %rsp,%rax
  movq %rax,0x20(%rsp)
  movq $0,(%rsp)
  call ext0
  movq 0x20(%rsp),%rsp
  EPI
ENDF(p_high_slot)
