.text
.globl f
.type f,@function
f:
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
  mov %rsp,%rax
  mov %rax,-8(%rbp)
.Lmid:
  mov -8(%rbp),%rax
  mov %rax,%rsp
  add $16,%rsp
  pop %rbp
  jmp __x86_return_thunk
.size f,.-f
.set OFF, .Lmid-f
.globl entry
.type entry,@function
entry:
  push %rbp
  mov %rsp,%rbp
  sub $64,%rsp
  lea -40(%rbp),%rcx
  mov %rcx,-8(%rbp)
  lea f(%rip),%rax
  add $OFF,%rax
  mov %rax,-16(%rbp)
  mov 48(%rsp),%rax
  call *%rax

  leave
  jmp __x86_return_thunk
.size entry,.-entry
