# Code in a section with no function symbol (as static_cpu_has's .altinstr_aux)
# pushes and jumps into f: at f's restore %rsp is 8 below %rax.
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  test %rdi,%rdi
  jne 6f
.Lin:
  mov %rax,%rsp
  ret
.size f, .-f
.section .altinstr_aux,"ax"
6:
  push %rbx
  jmp .Lin
