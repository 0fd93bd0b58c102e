.text
.globl start
.type start,@function
start:
    mov $1,%edi
    call f
    sub $64,%rsp
    movq $0x123450,8(%rsp)
    jmp *saved(%rip)
.size start,.-start
.globl f
.type f,@function
f:
    push %rbp
    mov %rsp,%rbp
    sub $16,%rsp
    mov %rsp,%rax
    mov %rax,8(%rsp)
    xor %eax,%eax
    call g
.Lret:
    mov 8(%rsp),%rcx
    mov %rcx,%rsp
    add $16,%rsp
    pop %rbp
    ret
.size f,.-f
.globl g
.type g,@function
g:
    xor %ecx,%ecx
661:
    .byte 0x0f,0x1f,0x40,0x00
662:
    mov %rax,saved(%rip)
    ret

.size g,.-g
.pushsection .altinstructions,"a"
.long 661b - .
.long 6641f - .
.4byte 0x3
.byte 662b-661b
.byte 6642f-6641f
.popsection
.pushsection .altinstr_replacement,"ax"
6641:
    mov (%rsp),%rax
6642:
.popsection

.data
.globl saved
saved: .quad 0
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
