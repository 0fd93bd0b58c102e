.text
.globl f; .type f,@function
f:
# honest: the KMSAN-style shape: copy, spill, other stores to neighbouring slots, reload, restore
# EMU: {}
  push %rbp
  mov %rsp,%rbp
  push %r15
  push %rbx
  sub $48,%rsp
  mov %rsp,%rax
  mov %rax,-40(%rbp)
  movq $1,-32(%rbp)
  movq $2,-48(%rbp)
  movl $3,-52(%rbp)
  movb $4,-41(%rbp)
  mov -40(%rbp),%rcx
  mov %rcx,%rsp
  add $48,%rsp
  pop %rbx
  pop %r15
  pop %rbp
  ret
.size f, .-f
