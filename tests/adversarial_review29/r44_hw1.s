.text
.globl start
start:
  call f
  mov $0x1234,%ebx
  call h
done: hlt
.data
buf: .quad 0
.text
.type g,@function
g:
  mov (%rsp),%rax
  mov %rax,buf(%rip)
  ret
.size g,.-g
.type f,@function
f:
  push %rbx
  sub $0x20,%rsp
  mov %rsp,%rbx
  call g
  mov %rbx,%rsp
  add $0x20,%rsp
  pop %rbx
  ret
.size f,.-f
.globl h
.type h,@function
h:
  mov buf(%rip),%rax
  call *%rax
.size h,.-h
