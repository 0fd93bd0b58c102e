#include "adv.h"
/* slot holds S on one path and a constant on the other */
FUNC(m_slot_const)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  movq $0x4141,0x10(%rsp)
1: RESTORE
  EPI
ENDF(m_slot_const)
/* register: copy of rsp or constant */
FUNC(m_reg_const)
  PRO
  movq %rsp,%rax
  test %edi,%edi
  je 1f
  movl $0x4141,%eax
1: movq %rax,%rsp
  EPI
ENDF(m_reg_const)
/* register: copy of rsp or argument */
FUNC(m_reg_arg)
  PRO
  movq %rsp,%rax
  test %edi,%edi
  je 1f
  movq %rsi,%rax
1: movq %rax,%rsp
  EPI
ENDF(m_reg_arg)
/* slot: S or loaded-from-global */
FUNC(m_slot_glob)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  movq gptr(%rip),%rax
  movq %rax,0x10(%rsp)
1: RESTORE
  EPI
ENDF(m_slot_glob)
/* register: copy or callee-returned */
FUNC(m_reg_call)
  PRO
  movq %rsp,%rbx
  test %edi,%edi
  je 1f
  call ext0
  movq %rax,%rbx
1: movq %rbx,%rsp
  EPI
ENDF(m_reg_call)
/* loop: slot S first, constant later (like lp_merge_ptr but direct) */
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
/* loop: register copy first, constant later */
FUNC(m_loop_reg_const)
  PRO
  movq %rsp,%rax
  movl $3,%ecx
1: movq %rax,%rsp
  movl $0x4141,%eax
  decl %ecx
  jnz 1b
  EPI
ENDF(m_loop_reg_const)
/* cmov: copy or constant */
FUNC(m_cmov_const)
  PRO
  movq %rsp,%rax
  movl $0x4141,%edx
  test %edi,%edi
  cmovneq %rdx,%rax
  movq %rax,%rsp
  EPI
ENDF(m_cmov_const)
/* join of S and S+8 in slot */
FUNC(m_slot_plus8)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 8(%rsp),%rax
  movq %rax,0x10(%rsp)
1: RESTORE
  EPI
ENDF(m_slot_plus8)
.data
.globl gptr
gptr: .quad 0
