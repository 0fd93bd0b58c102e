#include "adv.h"
/* 5a: head restore; body re-spills rsp-8 */
FUNC(lp_respill_minus8)
  PRO
  SPILL
  movl $3,%ecx
1: RESTORE
  leaq -8(%rsp),%rax
  movq %rax,0x10(%rsp)
  decl %ecx
  jnz 1b
  EPI
ENDF(lp_respill_minus8)
/* 5b: head restore; body pushes without pop (rsp drifts), slot rsp-relative stays S */
FUNC(lp_push_leak)
  PRO
  SPILL
  movl $3,%ecx
1: RESTORE
  pushq %rcx
  decl %ecx
  jnz 1b
  EPI
ENDF(lp_push_leak)
/* 5c: honest: body re-spills current rsp */
FUNC(lp_honest)
  PRO
  SPILL
  movl $3,%ecx
1: RESTORE
  movq %rsp,%rax
  movq %rax,0x10(%rsp)
  decl %ecx
  jnz 1b
  EPI
ENDF(lp_honest)
/* 5d: indexed store hits the slot only on iteration with rcx==2 */
FUNC(lp_index)
  PRO
  SPILL
  xorl %ecx,%ecx
1: RESTORE
  movq $0x4141,(%rsp,%rcx,8)
  incq %rcx
  cmpq $3,%rcx
  jne 1b
  EPI
ENDF(lp_index)
/* 5e: register chain at loop head; copy updated in body to rsp after a push */
FUNC(lp_regchain)
  PRO
  movq %rsp,%rbx
  movl $3,%ecx
1: movq %rbx,%rsp
  pushq %rcx
  movq %rsp,%rbx
  decl %ecx
  jnz 1b
  movq %rbx,%rsp
  addq $8,%rsp
  EPI
ENDF(lp_regchain)
/* 5f: loop-carried pointer walks down from &slot+0x10 by 8 each iteration, stores 0 */
FUNC(lp_ptr_walk)
  PRO
  SPILL
  leaq 0x28(%rsp),%rdx
  movl $3,%ecx
1: RESTORE
  subq $8,%rdx
  movq $0,(%rdx)
  decl %ecx
  jnz 1b
  RESTORE
  EPI
ENDF(lp_ptr_walk)
/* 5g: merged pointer in a loop: first iteration rsi, later &slot */
FUNC(lp_merge_ptr)
  PRO
  SPILL
  movq %rsi,%rdx
  movl $3,%ecx
1: RESTORE
  movq $0x4141,(%rdx)
  leaq 0x10(%rsp),%rdx
  decl %ecx
  jnz 1b
  EPI
ENDF(lp_merge_ptr)
/* 5h: cmov in loop picks rsp-8 copy on 2nd iteration */
FUNC(lp_cmov)
  PRO
  SPILL
  xorl %ecx,%ecx
1: RESTORE
  leaq -8(%rsp),%rax
  movq %rsp,%rdx
  test %ecx,%ecx
  cmovneq %rax,%rdx
  movq %rdx,0x10(%rsp)
  incl %ecx
  cmpl $3,%ecx
  jne 1b
  RESTORE
  EPI
ENDF(lp_cmov)
/* 5i: loop head restore, slot spilled with rsp copy, but the body does 'sub $8,%rsp' and re-spills after add back on one path */
FUNC(lp_path)
  PRO
  SPILL
  movl $3,%ecx
1: RESTORE
  test %edi,%edi
  je 2f
  subq $8,%rsp
  movq %rsp,%rax
  movq %rax,0x18(%rsp)
  addq $8,%rsp
2: decl %ecx
  jnz 1b
  EPI
ENDF(lp_path)
/* 5j: pop %rsp at loop head */
FUNC(lp_poprsp)
  PRO
  movl $3,%ecx
1: pushq %rsp
  popq %rsp
  pushq %rsp
  addq $8,%rsp
  decl %ecx
  jnz 1b
  EPI
ENDF(lp_poprsp)
/* 5k: pop %rsp in loop; body pushes rsp-8 */
FUNC(lp_poprsp_bad)
  PRO
  movl $3,%ecx
  pushq %rsp
1: popq %rsp
  leaq -8(%rsp),%rax
  pushq %rax
  decl %ecx
  jnz 1b
  popq %rax
  EPI
ENDF(lp_poprsp_bad)
