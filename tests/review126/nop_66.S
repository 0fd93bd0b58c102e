// The control: the site holds 66 90, a real nop (xchg %ax,%ax), and
// mov %rax,%rsp restores %rsp as it is.
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rax
1: .byte 0x66,0x90
  .byte 0x90
2:
  mov %rax,%rsp
  pop %rbx
  ret
.size victim,.-victim
.section .altinstr_replacement,"ax"
3: .byte 0x66,0x90,0x90
4:
.section .altinstructions,"a"
  .long 1b - .
  .long 3b - .
  .long 117
  .byte 2b-1b
  .byte 4b-3b
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
