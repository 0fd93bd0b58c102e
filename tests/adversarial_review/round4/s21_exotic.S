#include "common.inc"
.text
/* X01 AMX tilestored: stores the tile rows (up to 16 rows x 64 bytes) at base + row*stride; stride rax=8 from rsp -> covers slot 16 */
FN x_tilestored
  sub $1064,%rsp
  mov %rsp,%rcx
  mov %rcx,16(%rsp)
  mov $8,%eax
  tilestored %tmm0,(%rsp,%rax,1)
  mov 16(%rsp),%rsp
  add $1064,%rsp
  ret
END x_tilestored
/* X02 aadd (RAO-INT atomic add) of rcx to the slot: slot += rcx (argument) */
FN x_aadd
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%rdi
  aadd %rcx,(%rdi)
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END x_aadd
/* X03 cmpccxadd on the slot */
FN x_cmpccxadd
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%rdi
  mov %rsp,%rdx
  cmpbexadd %rcx,%rdx,(%rdi)
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END x_cmpccxadd
/* X04 ENCLS[EREPORT] (eax=0? no: EREPORT is ENCLU leaf 0) : enclu with eax=0 writes a 432-byte REPORT to [rdx] */
FN x_enclu_ereport
  sub $1032,%rsp
  mov %rsp,%rcx
  mov %rcx,512(%rsp)
  lea 256(%rsp),%rdx
  lea gtmp(%rip),%rbx
  lea gtmp(%rip),%rcx
  xor %eax,%eax
  enclu
  mov 512(%rsp),%rsp
  add $1032,%rsp
  ret
END x_enclu_ereport
/* X05 xsaveopt / xsavec over a slot at +600 */
FN x_xsavec
  push %rbp
  mov %rsp,%rbp
  sub $2048,%rsp
  and $-64,%rsp
  mov %rsp,%rcx
  mov %rcx,600(%rsp)
  mov $-1,%eax
  mov $-1,%edx
  xsavec64 (%rsp)
  mov 600(%rsp),%rsp
  leave
  ret
END x_xsavec
.data
gtmp: .zero 1024
.text
/* X06 ENCLS[ERDINFO] (eax=0x10, ring 0): writes a 32-byte RDINFO structure at [rbx]; rbx = 32-aligned stack buffer holding the copy at +8 */
FN x_encls_erdinfo
  push %rbp
  mov %rsp,%rbp
  push %rbx
  sub $128,%rsp
  and $-32,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %rsp,%rbx
  mov %rdi,%rcx
  mov $0x10,%eax
  encls
  mov 8(%rsp),%rsp
  lea -8(%rbp),%rsp
  pop %rbx
  pop %rbp
  ret
END x_encls_erdinfo
