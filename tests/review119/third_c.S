// a third input whose .altinstructions entry patches helper's first bytes

.text
.globl other
.type other,@function
other: ret
.size other,.-other
.pushsection .altinstr_replacement,"ax"
3: xor %ebx,%ebx
4:
.popsection
.pushsection .altinstructions,"a"; .long helper - .; .long 3b - .; .long 0x12; .byte 2; .byte 4b-3b; .popsection
