// An __ex_table entry on an instruction boundary of an alternative's
// original bytes (a 1-byte nop at site+1) where the replacement has a
// faulting load at the same address, after a push. The kernel's fixup
// lookup is by address: a fault of the replacement's load goes to the
// fixup with %rsp 8 lower than the original's path there.

.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
.Ls: nop # site+0
.Lf: nop # site+1: __ex_table insn
  nop; nop; nop # site+2..4
  call ext
.Lfix:
  mov %rbx,%rsp # restore
  pop %rbx
  ret
.size victim, .-victim
.section .altinstr_replacement,"ax"
.Lr: push %rax
     mov (%rdi),%rcx # faults on a bad pointer: regs->ip = .Lfix
     pop %rax
.Lre:
.previous
.pushsection .altinstructions,"a"; .long .Ls - .; .long .Lr - .; .4byte 0x100; .byte 5; .byte 5; .popsection
.pushsection __ex_table,"a"
  .balign 4
  .long .Lf - .
  .long .Lfix - .
  .long 1 # EX_TYPE_DEFAULT
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
