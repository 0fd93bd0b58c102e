.text
.globl start
start:
  call f
  mov $0x1234,%ebx
  call h
done: hlt
.type f,@function
f:
  push %rbx
  sub $0x20,%rsp
  mov %rsp,%rbx
  nop
.Lmid:
  mov %rbx,%rsp
  add $0x20,%rsp
  pop %rbx
  ret
.size f,.-f
.pushsection __mcount_loc,"a"
.Lentry: .quad .Lmid
.popsection
.type h,@function
h:
  mov .Lentry(%rip),%rax
  jmp *%rax
.size h,.-h
.ident "clang version 19.1.7"
