// A .retpoline_sites entry whose site is a Jcc.d32 to the rax thunk
// (6 bytes, 0f 84 rel32) lying in prev's movabs immediate, its rel32's high
// byte being victim's first byte. apply_retpolines()/patch_retpoline()
// (spectre_v2=off or eIBRS, no ITS) writes insn->length = 6 bytes:
//   75 04 (jne over) ff e0 (jmp *%rax) cc 90   -> victim+0 becomes 0x90.
// victim's `ff 77 24` (push 0x24(%rdi)) becomes `90; 77 24` (nop; ja +0x24):
// a jump straight to the restore, with the caller's %rbx.

.text
.globl __x86_indirect_thunk_array
__x86_indirect_thunk_array:
.globl __x86_indirect_thunk_rax
.type __x86_indirect_thunk_rax,@function
__x86_indirect_thunk_rax: # .text+0x00
  jmp *%rax
  int3
.size __x86_indirect_thunk_rax, .-__x86_indirect_thunk_rax
  .balign 32, 0xcc
.globl prev
.type prev,@function
prev: # .text+0x20
  ret
  .byte 0x48,0xb8, 0,0,0, 0x0f,0x84, 0xd4,0xff,0xff # movabs; site at prev+6: je rel32 (-0x2c -> thunk)
.size prev, .-prev
.globl victim
.type victim,@function
victim: # .text+0x2b
  .byte 0xff,0x77,0x24 # push 0x24(%rdi) (patched: nop; ja victim+0x27)
  push %rbx
  mov %rsp,%rbx
  call ext
  .fill victim+0x27-., 1, 0x90
  mov %rbx,%rsp # restore, victim+0x27
  pop %rbx
  add $8,%rsp
  ret
.size victim, .-victim
.pushsection .retpoline_sites,"a"
  .long prev + 6 - .
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
