.text
.globl start
.type start,@function
start:
    call f
    sub $64,%rsp
    movq $0x123450,8(%rsp)
    mov saved(%rip),%eax
    jmp *%rax
.size start,.-start
.globl f
.type f,@function
f:
    push %rbp
    mov %rsp,%rbp
    sub $16,%rsp
    mov %rsp,%rax
    mov %rax,8(%rsp)
661:
    .byte 0x66,0x90
662:
    xor %eax,%eax
    call g
    mov 8(%rsp),%rcx
    mov %rcx,%rsp
    add $16,%rsp
    pop %rbp
    ret
.size f,.-f
.globl g
.type g,@function
g:
    sub $64,%rsp
    fnstenv (%rsp)
    mov 12(%rsp),%eax
    add $64,%rsp
    mov %eax,saved(%rip)
    ret
.size g,.-g
.data
saved: .quad 0
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
.pushsection .altinstructions,"a"
.long 661b - .
.long 6641f - .
.4byte 0x3
.byte 662b-661b
.byte 6642f-6641f
.popsection
.pushsection .altinstr_replacement,"ax"
6641:
    fld1
6642:
.popsection
