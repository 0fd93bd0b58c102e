#include "common.inc"
.macro EXT insn, fixup, type
.pushsection __ex_table,"a"
.balign 4
.long \insn - .
.long \fixup - .
.long \type
.popsection
.endm
.text
/* E13 EX_TYPE_ZERO_REG naming %rbp (reg 5): at the fixup rbp = 0, so 'leave' there sets rsp := 0 (then pops) -> wrong.
   A frame-pointer 'leave' is normally not reported: here it must be */
FN ex_zero_rbp_leave
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
1: mov (%rdi),%eax
  leave
  ret
2: leave
  ret
END ex_zero_rbp_leave
EXT 1b,2b,(17 | (5<<8))

/* E14 POP_REG then 'leave' with the real frame pointer: rsp+8 irrelevant, leave uses rbp -> correct (rbp intact) */
FN ex_popreg_leave
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
1: mov (%rdi),%eax
  leave
  ret
2: leave
  ret
END ex_popreg_leave
EXT 1b,2b,16

/* E15 POP_REG then 'add $16,%rsp; pop %rbx; ret' (no restore) AND a restore from r12 copy taken before:
   at the fixup rsp is 8 higher (POP_REG): lea -16(%r12) is the pre-fault rsp, the restore moves rsp by -8 */
FN ex_popreg_mid
  push %r12
  push %rbx
  mov %rsp,%r12
  sub $16,%rsp
1: mov (%rdi),%eax
  add $16,%rsp
  pop %rbx
  pop %r12
  ret
2: lea -16(%r12),%rax
  mov %rax,%rsp
  add $16,%rsp
  pop %rbx
  pop %r12
  ret
END ex_popreg_mid
EXT 1b,2b,16
