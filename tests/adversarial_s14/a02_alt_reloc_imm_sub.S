# An alternative whose replacement is `sub $ext_size,%rsp`: the replacement's
# bytes read `sub $0`; with the feature set %rsp moves by -ext_size before the
# restore, which then moves it back by +ext_size (16 when linked as below).
# LINK: --defsym ext_size=16
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
743: sub $ext_size,%rsp
744:
  .popsection
