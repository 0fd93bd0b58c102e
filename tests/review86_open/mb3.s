.text
.globl jumper
.type jumper,@function
jumper: xor %ebx,%ebx
lea ptr(%rip),%rax
addq $9,(%rax)
call *ptr(%rip)
ret
.size jumper,.-jumper
.data
ptr: .quad victim
