// victim: %r8 = %rsp, %rax = %rsp+8, then an .altinstructions site holding
// 49 90 (xchg %rax,%r8: %rax becomes %rsp) and a nop; mov %rax,%rsp is a
// no-op as decoded. The kernel's optimize_nops takes any opcode 90 behind
// a REX prefix for a nop (insn_is_nop) and writes a real nop: %rsp then
// gets %rsp+8.
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%r8
  lea 8(%rsp),%rax
1: .byte 0x49,0x90
  .byte 0x90
2:
  mov %rax,%rsp
  pop %rbx
  ret
.size victim,.-victim
.section .altinstr_replacement,"ax"
3: .byte 0x49,0x90,0x90
4:
.section .altinstructions,"a"
  .long 1b - .
  .long 3b - .
  .long 117
  .byte 2b-1b
  .byte 4b-3b
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
