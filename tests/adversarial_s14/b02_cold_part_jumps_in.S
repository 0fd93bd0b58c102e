# f's cold part (another section) pushes and jumps back into f: entered from
# there, f's restore moves %rsp by +8.
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  test %rdi,%rdi
  jne f.cold
.Lback:
  mov %rax,%rsp
  ret
.size f, .-f
.section .text.unlikely,"ax",@progbits
.type f.cold,@function
f.cold:
  push %rbx
  jmp .Lback
.size f.cold, .-f.cold
