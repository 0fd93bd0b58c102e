// optimize_nops() inside the site: the original bytes of an alternative
// are `jz +2; nop; nop; nop` (5 bytes). With the feature ABSENT,
// apply_alternatives() still runs optimize_nops() on them: the three NOPs
// become 0f 1f 00, and the jz (its own target unchanged, site+4) lands on
// the 00, which runs as `00 53 53` (add %dl,0x53(%rbx)) over the two pushes
// after the site.

.text
.globl victim
.type victim,@function
victim:
  push %r12
  mov %rsp,%r12
  test %edi,%edi
.Ls:
  jz .Lin
  nop; nop
.Lin: nop
.Lse:
  push %rbx
  push %rbx
  call ext
  pop %rbx
  pop %rbx
  mov %r12,%rsp # restore
  pop %r12
  ret
.size victim, .-victim
.section .altinstr_replacement,"ax"
.Lr: .fill 5, 1, 0x90
.Lre:
.previous
.pushsection .altinstructions,"a"; .long .Ls - .; .long .Lr - .; .4byte 0x100; .byte 5; .byte 5; .popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
