#include "adv.h"
/* rsp itself merged: S on one path, switched to rsi on the other; then restore from 0x10(%rsp) */
FUNC(k_rsp_join)
  PRO
  SPILL
  movq %rsp,%rbx
  test %edi,%edi
  je 1f
  movq %rsi,%rsp
1: movq 0x10(%rsp),%rsp
  movq %rbx,%rsp
  EPI
ENDF(k_rsp_join)
/* rsp merged: S or constant address (global stack); restore from slot */
FUNC(k_rsp_join_glob)
  PRO
  SPILL
  movq %rsp,%rbx
  test %edi,%edi
  je 1f
  leaq irqstk+0x800(%rip),%rsp
1: movq 0x10(%rsp),%rsp
  movq %rbx,%rsp
  EPI
ENDF(k_rsp_join_glob)
/* loop, deceptive: iteration 1 restore = S (no-op); later iterations run on irqstk */
FUNC(k_loop_switch)
  PRO
  SPILL
  movq %rsp,%rbx
  movl $3,%ecx
1: movq 0x10(%rsp),%rsp
  leaq irqstk+0x800(%rip),%rsp
  movq %rbx,0x10(%rsp)
  decl %ecx
  jnz 1b
  movq %rbx,%rsp
  EPI
ENDF(k_loop_switch)
.bss
.globl irqstk
irqstk: .zero 0x1000
