# A static key whose site is in g and whose target is inside f: when enabled,
# g's NOP becomes a jump into f with %rsp 8 below %rax.
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
1: .byte 0x0f,0x1f,0x44,0x00,0x00
  pop %rbx
  ret
.size g, .-g
.section __jump_table,"aw"
.balign 8
.long 1b - .
.long .Linner - .
.quad some_key - .
