#include "adv.h"
#define DPRO leaq 8(%rsp),%r10; andq $-16,%rsp; pushq -8(%r10); pushq %rbp; movq %rsp,%rbp; pushq %r10; subq $0x28,%rsp
#define DEPI movq -8(%rbp),%r10; leave; leaq -8(%r10),%rsp; jmp __x86_return_thunk
/* 3a: honest DRAP */
FUNC(d_honest)
  DPRO
  call ext0
  DEPI
ENDF(d_honest)
/* 3b: store through pointer to -8(%rbp) */
FUNC(d_store_rbp)
  DPRO
  leaq -8(%rbp),%rcx
  movq $0x4141,(%rcx)
  DEPI
ENDF(d_store_rbp)
/* 3c: merged pointer: &saved r10 or rsi */
FUNC(d_merged)
  DPRO
  test %edi,%edi
  je 1f
  leaq -8(%rbp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq $0x4141,(%rcx)
  DEPI
ENDF(d_merged)
/* 3d: store relative to r10 (CFA) - hits the saved r10 when entry rsp%16==8: CFA-0x28 */
FUNC(d_r10_rel28)
  DPRO
  movq $0x4141,-0x28(%r10)
  DEPI
ENDF(d_r10_rel28)
/* 3e: same, CFA-0x20: hits when entry rsp%16==0 */
FUNC(d_r10_rel20)
  DPRO
  movq $0x4141,-0x20(%r10)
  DEPI
ENDF(d_r10_rel20)
/* 3f: pass pointer to local (rsp) to callee: callee may write whole frame in strict */
FUNC(d_pass_local)
  DPRO
  movq %rsp,%rdi
  call ext
  DEPI
ENDF(d_pass_local)
/* 3g: cmov: &saved or rsi */
FUNC(d_cmov)
  DPRO
  leaq -8(%rbp),%rcx
  movq %rsi,%rdx
  test %edi,%edi
  cmovneq %rcx,%rdx
  movq $0x4141,(%rdx)
  DEPI
ENDF(d_cmov)
/* 3h: r10 saved slot overwritten by store relative to rsp: -8(%rbp) == 0x20(%rsp) */
FUNC(d_rsp_rel)
  DPRO
  movq $0x4141,0x28(%rsp)
  DEPI
ENDF(d_rsp_rel)
/* 3i: store to stack arg area of caller relative to r10 (CFA+0) - harmless */
FUNC(d_cfa_store)
  DPRO
  movq $0x4141,0(%r10)
  DEPI
ENDF(d_cfa_store)
/* 3j: the saved r10 slot overwritten with r10+8 (an honest-looking but wrong value) */
FUNC(d_plus8)
  DPRO
  leaq 8(%r10),%rax
  movq %rax,-8(%rbp)
  DEPI
ENDF(d_plus8)
/* 3k: r10 reloaded from the slot into r10 but then the restore uses r10 modified on a path */
FUNC(d_path_mod)
  DPRO
  movq -8(%rbp),%r10
  test %edi,%edi
  je 1f
  addq $8,%r10
1: leave
  leaq -8(%r10),%rsp
  jmp __x86_return_thunk
ENDF(d_path_mod)
/* 3l: slot rewritten in a loop with rsp-derived pointer walking down the frame */
FUNC(d_loop_walk)
  DPRO
  movq %rbp,%rcx
  movl $4,%edx
1: subq $8,%rcx
  movq $0,(%rcx)
  decl %edx
  jnz 1b
  DEPI
ENDF(d_loop_walk)
/* 3m: merged pointer: -0x28(%r10) computed, or rsi */
FUNC(d_merged_r10)
  DPRO
  test %edi,%edi
  je 1f
  leaq -0x28(%r10),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq $0x4141,(%rcx)
  DEPI
ENDF(d_merged_r10)
/* 3n: callee handed r10 (CFA) in rdi: may write caller's stack args only? in strict it owns what it was handed */
FUNC(d_pass_cfa)
  DPRO
  leaq -0x30(%r10),%rdi
  call ext
  DEPI
ENDF(d_pass_cfa)
