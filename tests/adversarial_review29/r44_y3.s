.text
.globl start
start:
  mov $0xdead0000,%rdi
  call f
done: hlt
.type f,@function
f:
  push %rbx
  sub $0x20,%rsp
  mov %rsp,%rbx
1:
  mov (%rdi),%rsi
  
2:
  mov %rbx,%rsp
  add $0x20,%rsp
  pop %rbx
  ret
.size f,.-f
.section __ex_table,"a"
.balign 4
  .long 1b - .
  .long 2b - .
  .long 21
