# g jumps to a label inside f (same section: no relocation). Entered from g,
# %rsp is 8 below %rax at f's restore, which then moves %rsp by +8.
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
  jmp .Linner
.size g, .-g
