.text
.globl u6
.type u6,@function
u6:
  .byte 0x48, 0x89
  .reloc ., R_X86_64_8, modrm_sym
  .byte 0x00
  ret
.size u6,.-u6
