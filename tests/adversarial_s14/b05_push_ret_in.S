# g pushes the address of a place inside f and returns to it (`push $x; ret`)
# after pushing another word: at f's restore %rsp is 8 below %rax.
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
  push $.Linner
  ret
.size g, .-g
