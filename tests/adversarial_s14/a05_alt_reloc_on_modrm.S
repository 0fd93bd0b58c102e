# An alternative whose replacement is `mov %rax,%rsp` (48 89 c4, a no-op
# here: %rax = %rsp) with an R_X86_64_8 relocation on its ModRM byte: linked
# with sym=0xdc it is 48 89 dc, `mov %rbx,%rsp`: %rsp takes %rbx.
# LINK: --defsym sym=0xdc
#define ALT(orig,repl,feat,olen,rlen) .pushsection .altinstructions,"a"; .long (orig) - .; .long (repl) - .; .4byte feat; .byte olen; .byte rlen; .popsection
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
740: .byte 0x0f,0x1f,0x00
741:
  ret
.size f, .-f
  ALT(740b, 743f, 0x0080, 741b-740b, 744f-743f)
  .pushsection .altinstr_replacement, "ax"
743: mov %rax,%rsp
  .reloc 743b+2, R_X86_64_8, sym
744:
  .popsection
