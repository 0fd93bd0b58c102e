// alt_runs_into_next.S's entry in another input: the site prev+2 (prev's
// `ret`, in prev_victim.o), length 5.
.text
.globl other
.type other,@function
other: ret
.size other, .-other
.pushsection .altinstr_replacement,"ax"
3: ret
4:
.popsection
.pushsection .altinstructions,"a"
.long prev + 2 - .
.long 3b - .
.long 0x10
.byte 5
.byte 4b-3b
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
