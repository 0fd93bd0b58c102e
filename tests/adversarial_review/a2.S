#include "adv.h"
/* 2a: cmov chooses &slot or rsi, store through */
FUNC(c_store)
  PRO
  SPILL
  leaq 0x10(%rsp),%rcx
  movq %rsi,%rdx
  test %edi,%edi
  cmovneq %rcx,%rdx
  movq $0x4141,(%rdx)
  RESTORE
  EPI
ENDF(c_store)

/* 2b: cmov from memory holding &slot */
FUNC(c_store_mem)
  PRO
  SPILL
  leaq 0x10(%rsp),%rcx
  movq %rcx,0x18(%rsp)
  movq %rsi,%rdx
  test %edi,%edi
  cmovneq 0x18(%rsp),%rdx
  movq $0x4141,(%rdx)
  RESTORE
  EPI
ENDF(c_store_mem)

/* 2c: cmov 32-bit into esp from a copy: always zero-extends */
FUNC(c_esp32)
  PRO
  movq %rsp,%rax
  test %edi,%edi
  cmovnel %eax,%esp
  EPI
ENDF(c_esp32)

/* 2d: cmov 64-bit into rsp from an exact copy: redundant on both paths */
FUNC(c_rsp64_copy)
  PRO
  movq %rsp,%rax
  test %edi,%edi
  cmovneq %rax,%rsp
  EPI
ENDF(c_rsp64_copy)

/* 2e: cmov into rsp from rsp+8: delta 0 or 8 */
FUNC(c_rsp64_plus8)
  PRO
  leaq 8(%rsp),%rax
  test %edi,%edi
  cmovneq %rax,%rsp
  subq $8,%rsp
  EPI
ENDF(c_rsp64_plus8)

/* 2f: cmov into rsp from the spill slot (memory) */
FUNC(c_rsp_mem)
  PRO
  SPILL
  test %edi,%edi
  cmovneq 0x10(%rsp),%rsp
  EPI
ENDF(c_rsp_mem)

/* 2g: cmov chooses between the rsp copy and rsi, result spilled, restored */
FUNC(c_choose_copy)
  PRO
  movq %rsp,%rax
  test %edi,%edi
  cmovneq %rsi,%rax
  movq %rax,0x10(%rsp)
  RESTORE
  EPI
ENDF(c_choose_copy)

/* 2h: cmov chooses &slot vs rsi, result passed to callee */
FUNC(c_pass)
  PRO
  SPILL
  leaq 0x10(%rsp),%rcx
  movq %rsi,%rdi
  test %edx,%edx
  cmovneq %rcx,%rdi
  call ext
  RESTORE
  EPI
ENDF(c_pass)

/* 2i: cmov with same-register condition, flags from cmp that is always equal: cmp %rax,%rax -> cmovne never moves */
FUNC(c_never)
  PRO
  SPILL
  leaq 0x10(%rsp),%rcx
  movq %rsi,%rdx
  cmpq %rax,%rax
  cmovneq %rsi,%rcx
  movq $0x4141,(%rcx)
  RESTORE
  EPI
ENDF(c_never)

/* 2j: cmovl 32-bit choose low half of rsp copy vs edi, store into slot low half */
FUNC(c_half)
  PRO
  SPILL
  movl 0x10(%rsp),%ecx
  test %esi,%esi
  cmovnel %edi,%ecx
  movl %ecx,0x10(%rsp)
  RESTORE
  EPI
ENDF(c_half)

/* 2k: cmov 32-bit, condition false, same reg: cmove %ecx,%ecx on the copy (zero-extends) */
FUNC(c_self32)
  PRO
  movq %rsp,%rcx
  test %edi,%edi
  cmovel %ecx,%ecx
  movq %rcx,0x10(%rsp)
  RESTORE
  EPI
ENDF(c_self32)
