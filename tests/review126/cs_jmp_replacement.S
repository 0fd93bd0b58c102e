// An .altinstructions replacement holding a 6-byte cs jmp: the kernel's
// relocation of it (apply_relocation, shrinking it to jmp rel8) takes it
// for the 5-byte form and lands one byte early, on a push %rsp hidden in
// a mov $0x54,%al.
.text
.globl victim
.type victim,@function
victim:
  push %rbx
  mov %rsp,%rbx
1: .byte 0x2e,0xe9; .long 3f - . - 4
2: .byte 0xb0
  .byte 0x54
3: mov %rbx,%rsp
  pop %rbx
  ret
.size victim,.-victim
.section .altinstr_replacement,"ax"
4: .byte 0x2e,0xe9; .long 3b - . - 4
5:
.section .altinstructions,"a"
  .long 1b - .
  .long 4b - .
  .long 117
  .byte 2b-1b
  .byte 5b-4b
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
