// helper in a COMDAT group: a plain return here, `ret $8` in
// comdat_ret_imm.o; the link keeps the first group of the name it reads.
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx; call helper; mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.section .text.helper,"axG",@progbits,helper,comdat
.globl helper
.type helper,@function
helper: ret
.size helper, .-helper
