.text
.globl x1
.type x1,@function
x1:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  mov %rsp,%rdx
  xor %ecx,%ecx
  mov $63,%r8d
1: bt %r8,%rdx
  jnc 2f
  bts %r8,%rcx
2: dec %r8
  jns 1b
  movq $0x1000,(%rcx)
  mov -0x40(%rbp),%rsp
  leave
  ret
.size x1,.-x1
