.text
.globl jumper
.type jumper,@function
jumper: xor %ebx,%ebx
lea ptr(%rip),%rax
movb $9,(%rax)
call *(%rax)
ret
.size jumper,.-jumper
.data
ptr: .quad victim
