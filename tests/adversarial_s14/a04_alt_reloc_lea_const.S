# The replacement computes `lea ext_size(%rcx),%rdx` with %rcx = 0; the bytes
# read %rdx = 0, so `sub %rdx,%rsp` would look like no move. Linked, %rsp moves
# by -ext_size and the restore moves it back (+16 linked as below).
# LINK: --defsym ext_size=16
#define ALT(orig,repl,feat,olen,rlen) .pushsection .altinstructions,"a"; .long (orig) - .; .long (repl) - .; .4byte feat; .byte olen; .byte rlen; .popsection
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  xor %ecx,%ecx
  xor %edx,%edx
740: .byte 0x0f,0x1f,0x80,0x00,0x00,0x00,0x00
741:
  sub %rdx,%rsp
  mov %rax,%rsp
  ret
.size f, .-f
  ALT(740b, 743f, 0x0080, 741b-740b, 744f-743f)
  .pushsection .altinstr_replacement, "ax"
743: lea ext_size(%rcx),%rdx
744:
  .popsection
