// An alternative whose original bytes are 8 one-byte NOPs. When the
// feature is ABSENT apply_alternatives() still runs optimize_nops() over
// the original: the run becomes x86_nops[8] = 0f 1f 84 00 00 00 00 00.
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
.Lr: .fill 8, 1, 0x90 # the same 8 NOPs: whichever applies, optimize_nops() rewrites them
.Lre:
.previous
.pushsection .altinstructions,"a"; .long .Ls - .; .long .Lr - .; .4byte 0x100; .byte 8; .byte 8; .popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
