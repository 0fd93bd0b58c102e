# An alternative whose replacement is `lea ext_off(%rax),%rsp` with %rax a copy
# of %rsp: the bytes read `lea 0(%rax),%rsp` (a no-op); with the feature set
# %rsp moves by ext_off before the restore, which moves it back (-8 linked as
# below).
# LINK: --defsym ext_off=8
#define ALT(orig,repl,feat,olen,rlen) .pushsection .altinstructions,"a"; .long (orig) - .; .long (repl) - .; .4byte feat; .byte olen; .byte rlen; .popsection
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
740: .byte 0x0f,0x1f,0x80,0x00,0x00,0x00,0x00
741:
  mov %rax,%rsp
  ret
.size f, .-f
  ALT(740b, 743f, 0x0080, 741b-740b, 744f-743f)
  .pushsection .altinstr_replacement, "ax"
743: lea ext_off(%rax),%rsp
744:
  .popsection
