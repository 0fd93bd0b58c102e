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
/* E01 EX_TYPE_POP_ZERO (=EX_TYPE_POP_REG(16)|imm 0, reg 0): 6.12 handler does regs->sp += 8; rax := 0.
   rbx = rsp before the faulting load. Fixup: mov %rbx,%rsp : truth rsp_before_restore = rbx+8 -> delta -8.
   normal path: returns without restore */
FN ex_popreg_delta
  push %rbx
  mov %rsp,%rbx
1: mov (%rdi),%eax
  pop %rbx
  ret
2: mov %rbx,%rsp
  pop %rbx
  ret
END ex_popreg_delta
EXT 1b,2b,16

/* E02 POP_REG (16) and fixup restores from slot 8(%rsp): at the fixup %rsp is 8 higher, so it reads
   what was 16(%rsp) = 0 (not the copy at 8) -> rsp := 0. wrong */
FN ex_popreg_slot
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  movq $0,16(%rsp)
1: mov (%rdi),%eax
  add $24,%rsp
  ret
2: mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END ex_popreg_slot
EXT 1b,2b,16

/* E03 EX_TYPE_IMM_REG (17) naming reg 4 (%rsp), imm 0 : handler sets regs->sp = 0.
   fixup: mov %rbx,%rsp : rsp before = 0, after = rbx -> delta = rbx (not 0) */
FN ex_immreg_rsp
  push %rbx
  mov %rsp,%rbx
1: mov (%rdi),%eax
  pop %rbx
  ret
2: mov %rbx,%rsp
  pop %rbx
  ret
END ex_immreg_rsp
EXT 1b,2b,(17 | (4<<8))

/* E04 EX_TYPE_ERETU (21): handler writes words at sp+0, sp+16, sp+40, sp+48 of the faulting context.
   slot 16 holds the copy; fixup restores from 16(%rsp): gets regs->csx -> wrong */
FN ex_eretu_slot
  sub $72,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
1: mov (%rdi),%ecx
  add $72,%rsp
  ret
2: mov 16(%rsp),%rsp
  add $72,%rsp
  ret
END ex_eretu_slot
EXT 1b,2b,21

/* E05 two entries for the same insn; first -> 2 (benign), second -> 3 (clobbers slot then restores).
   The kernel's bsearch on the sorted table may return either. Path via 3: rsp := 0 wrong */
FN ex_two_entries
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
1: mov (%rdi),%ecx
4: mov 8(%rsp),%rsp
  add $24,%rsp
  ret
2: jmp 4b
3: movq $0,8(%rsp)
  jmp 4b
END ex_two_entries
EXT 1b,2b,3
EXT 1b,3b,3

/* E06 same, order swapped */
FN ex_two_entries_rev
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
1: mov (%rdi),%ecx
4: mov 8(%rsp),%rsp
  add $24,%rsp
  ret
2: jmp 4b
3: movq $0,8(%rsp)
  jmp 4b
END ex_two_entries_rev
EXT 1b,3b,3
EXT 1b,2b,3

/* E07 rep movsb from user (rsi=arg) to the stack, faults part-way: rdi = rsp+k (0<=k<=16).
   fixup mov %rdi,%rsp : delta k, not constant */
FN ex_rep_movs_rdi
  sub $24,%rsp
  mov %rsp,%rdi
  mov $16,%ecx
1: rep movsb
  add $24,%rsp
  ret
2: mov %rdi,%rsp
  add $24,%rsp
  ret
END ex_rep_movs_rdi
EXT 1b,2b,3

/* E08 rep movsq count 3 from user into [rsp,rsp+24): slot 8 (copy) may have been overwritten before the fault.
   fixup restores from 8(%rsp): not provable */
FN ex_rep_movs_slot
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %rsp,%rdi
  mov $3,%ecx
1: rep movsq
  mov 8(%rsp),%rsp
  add $40,%rsp
  ret
2: mov 8(%rsp),%rsp
  add $40,%rsp
  ret
END ex_rep_movs_slot
EXT 1b,2b,3

/* E09 rep stosq to user (rdi=arg): fault part-way: rcx = remaining != 0. fixup: lea (%rsp,%rcx,8),%rdx; mov %rdx,%rsp */
FN ex_rep_stos_rcx
  sub $24,%rsp
  mov $4,%ecx
  xor %eax,%eax
1: rep stosq
  add $24,%rsp
  ret
2: lea (%rsp,%rcx,8),%rdx
  mov %rdx,%rsp
  add $24,%rsp
  ret
END ex_rep_stos_rcx
EXT 1b,2b,3

/* E10 EX_TYPE_POP_REG naming rbx (reg 3) imm 0: rsp += 8 and rbx := 0 ; fixup lea -8(%rsp)... restore from r12 copy:
   r12 = rsp before -> fixup mov %r12,%rsp delta -8 */
FN ex_popreg_r12
  push %r12
  mov %rsp,%r12
1: mov (%rdi),%eax
  pop %r12
  ret
2: mov %r12,%rsp
  pop %r12
  ret
END ex_popreg_r12
EXT 1b,2b,(16 | (3<<8))

/* E11 EX_TYPE_DEFAULT, sanity: fixup restores from rbx (copy) : delta 0 redundant */
FN ex_default_ok
  push %rbx
  mov %rsp,%rbx
1: mov (%rdi),%eax
  pop %rbx
  ret
2: mov %rbx,%rsp
  pop %rbx
  ret
END ex_default_ok
EXT 1b,2b,1

/* E12 the faulting instruction is a real 'pop' (pop %fs), POP_ZERO entry with fixup at a separate label:
   handler: sp+=8; fixup: mov %rbx,%rsp : delta -8 */
FN ex_popfs
  push %rbx
  mov %rsp,%rbx
  pushq $0xfff8     /* selector beyond the GDT limit: pop %fs raises #GP */
1: pop %fs
  pop %rbx
  ret
2: lea 8(%rbx),%rax
  mov %rbx,%rsp
  pop %rbx
  ret
END ex_popfs
EXT 1b,2b,16
