#include "adv.h"
FUNC(m_loop_const)
  PRO
  SPILL
  movl $3,%ecx
1: RESTORE
  movq $0x4141,0x10(%rsp)
  decl %ecx
  jnz 1b
  EPI
ENDF(m_loop_const)
