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
1:
    ud2
    mov (%rsp),%rax
    mov %rax,saved(%rip)
    ret

.size g,.-g
.pushsection __bug_table,"aw"
.balign 4
.long 1b - .
.long .Lfile - .
.word 42
.word 1
.popsection
.section .rodata.str1.1,"aMS",@progbits,1
.Lfile: .asciz "x.c"

.data
.globl saved
saved: .quad 0
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
