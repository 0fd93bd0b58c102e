.text
.globl start
start:
  call f
done: hlt
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
.weak g
.type g,@function
g:
  ret
.size g,.-g
