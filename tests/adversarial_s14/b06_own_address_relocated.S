# f takes the address of its own label through a relocation (the label is in
# f's section but named by a global symbol, so the assembler leaves a
# relocation) and jumps there after a push: the restore moves %rsp by +8.
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  test %rdi,%rdi
  je 1f
  lea f_again(%rip),%rcx
  push %rbx
  jmp *%rcx
1:
.globl f_again
f_again:
  mov %rax,%rsp
  ret
.size f, .-f
