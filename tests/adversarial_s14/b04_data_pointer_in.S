# A table in .rodata holds the address of a place inside f; g pushes and
# jumps through it: at f's restore %rsp is 8 below %rax, the restore moves it.
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
.Linner:
  mov %rax,%rsp
  ret
.size f, .-f
.globl g; .type g,@function
g:
  mov %rsp,%rax
  push %rbx
  jmp *table(%rip)
.size g, .-g
.section .rodata
table: .quad .Linner
