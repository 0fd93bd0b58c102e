// Control: another input's .altinstructions entry names prev+0 (prev_victim.o),
// length 3: it writes prev's bytes only, victim's claim stands.
.text
.globl other
.type other,@function
other: ret
.size other, .-other
.pushsection .altinstr_replacement,"ax"
3: xor %eax,%eax; ret
4:
.popsection
.pushsection .altinstructions,"a"
.long prev - .
.long 3b - .
.long 0x10
.byte 3
.byte 4b-3b
.popsection
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
