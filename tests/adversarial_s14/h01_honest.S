# Control: nothing leads into f but its entry; the restore is a no-op.
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
  push %rbx
  call f
  pop %rbx
  ret
.size g, .-g
