// Variant: the feature is present; the replacement (b8 53 53 53 53 90 90 90;
// optimize_nops() makes its 3 NOPs 0f 1f 00) is copied over the 8 NOPs;
// the jump to the last original NOP lands on the replacement.s last byte 00
// A jump to the last of the 8 NOPs then runs `00 53 ..` (add %dl,..(%rbx)):
// the `push %rbx` after the site is swallowed.

.text
.globl victim
.type victim,@function
victim:
  push %r12
  mov %rsp,%r12
  test %edi,%edi
  jz .Llast
.Ls: nop; nop; nop; nop; nop; nop; nop
.Llast: nop
.Lse:
  push %rbx # swallowed when entered at .Llast after optimize_nops
  push %rbx # (the add's disp8 and next)
  call ext
  pop %rbx
  pop %rbx
  mov %r12,%rsp # restore
  pop %r12
  ret
.size victim, .-victim
.section .altinstr_replacement,"ax"
.Lr: mov $0x53535353,%eax; nop; nop; nop # b8 53535353 90 90 90 (replacement)
.Lre:
.previous
.pushsection .altinstructions,"a"; .long .Ls - .; .long .Lr - .; .4byte 0x100; .byte 8; .byte 8; .popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
