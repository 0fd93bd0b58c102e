#include "adv.h"
/* 1a: merged ptr = &slot (stack) or rsi; store through it */
FUNC(j_store_slot)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq $0x4141,(%rcx)
  RESTORE
  EPI
ENDF(j_store_slot)

/* 1b: merged ptr = &other (0x18) or rsi; store at 8 bytes below: -8(%rcx) hits slot */
FUNC(j_store_disp)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x18(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq $0x4141,-8(%rcx)
  RESTORE
  EPI
ENDF(j_store_disp)

/* 1c: merged ptr = &other(0x8) or rsi; 16-byte store movups covers 0x8..0x18 */
FUNC(j_store_wide)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x8(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movups %xmm0,(%rcx)
  RESTORE
  EPI
ENDF(j_store_wide)

/* 1d: merged = stack addr or loaded-from-frame stack addr */
FUNC(j_loaded)
  PRO
  SPILL
  leaq 0x10(%rsp),%rdx
  movq %rdx,0x18(%rsp)
  test %edi,%edi
  je 1f
  leaq 0x20(%rsp),%rcx
  jmp 2f
1: movq 0x18(%rsp),%rcx
2: movq $0x4141,(%rcx)
  RESTORE
  EPI
ENDF(j_loaded)

/* 1e: merged = stack addr(0x20) or constant 0x10; add rsp on const path only via lea index later */
FUNC(j_const_plus_rsp)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  movq $0x20,%rcx
  jmp 2f
1: movq $0x10,%rcx
2: movq $0x4141,(%rsp,%rcx)
  RESTORE
  EPI
ENDF(j_const_plus_rsp)

/* 1f: merged = stack addr of slot or rsi, passed to ext */
FUNC(j_pass_callee)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%rdi
  jmp 2f
1: movq %rsi,%rdi
2: call ext
  RESTORE
  EPI
ENDF(j_pass_callee)

/* 1g: merged = stack addr (0x20, another object) or rsi, passed to ext in rdi */
FUNC(j_pass_other_obj)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x20(%rsp),%rdi
  jmp 2f
1: movq %rsi,%rdi
2: call ext
  RESTORE
  EPI
ENDF(j_pass_other_obj)

/* 1h: merged stack address passed in r10 (static chain) */
FUNC(j_pass_r10)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%r10
  jmp 2f
1: movq %rsi,%r10
2: call ext
  RESTORE
  EPI
ENDF(j_pass_r10)

/* 1i: merged stack address passed in rax */
FUNC(j_pass_rax)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%rax
  jmp 2f
1: movq %rsi,%rax
2: call ext
  RESTORE
  EPI
ENDF(j_pass_rax)

/* 1j: merged stack addr stored to global, then call ext */
FUNC(j_escape_global)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq %rcx,gptr(%rip)
  call ext0
  RESTORE
  EPI
ENDF(j_escape_global)

/* 1k: merged stack addr stored through caller pointer rdx, then call ext */
FUNC(j_escape_callerptr)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq %rcx,(%rdx)
  call ext0
  RESTORE
  EPI
ENDF(j_escape_callerptr)

/* 1l: clobbered rcx after a call on one path (may be callee's pointer to our 0(%rsp)) */
FUNC(j_clobbered_after_call)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x20(%rsp),%rcx
  jmp 2f
1: call ext0
2: movq $0x4141,0x10(%rcx)
  RESTORE
  EPI
ENDF(j_clobbered_after_call)

/* 1m: merged pointer used as base of a stored pointer-sized move via rep stosq */
FUNC(j_repstos)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x8(%rsp),%rdi
  jmp 2f
1: movq %rsi,%rdi
2: movl $2,%ecx
  movl $0x4141,%eax
  rep stosq
  RESTORE
  EPI
ENDF(j_repstos)

/* 1n: merged: stack address vs. pointer loaded from a global; then xchg store */
FUNC(j_xchg)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%rcx
  jmp 2f
1: movq gptr(%rip),%rcx
2: movl $0x4141,%edx
  xchgq %rdx,(%rcx)
  RESTORE
  EPI
ENDF(j_xchg)

/* 1o: merged stack addr (slot) vs rsi, passed as 7th arg (stack arg 0(%rsp)) */
FUNC(j_stackarg)
  pushq %rbx
  subq $0x30,%rsp
  movq %rsp,%rax
  movq %rax,0x18(%rsp)
  test %edi,%edi
  je 1f
  leaq 0x18(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq %rcx,(%rsp)
  call ext
  movq 0x18(%rsp),%rsp
  addq $0x30,%rsp
  popq %rbx
  jmp __x86_return_thunk
ENDF(j_stackarg)

/* 1p: join then pointer arithmetic: and with mask */
FUNC(j_and_mask)
  PRO
  SPILL
  test %edi,%edi
  je 1f
  leaq 0x17(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: andq $-8,%rcx
  movq $0x4141,(%rcx)
  RESTORE
  EPI
ENDF(j_and_mask)
.data
.globl gptr
gptr: .quad 0
