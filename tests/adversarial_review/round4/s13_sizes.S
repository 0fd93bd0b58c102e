#include "common.inc"
.text
/* Z01 gs-relative load 'from the slot': reads gs_base+rsp+8 (per-cpu area), NOT the slot -> wrong */
FN z_gs_load
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %gs:8(%rsp),%rsp
  add $24,%rsp
  ret
END z_gs_load
/* Z02 fs-relative load into a register, then restore */
FN z_fs_load_reg
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %fs:8(%rsp),%rcx
  mov %rcx,%rsp
  add $24,%rsp
  ret
END z_fs_load_reg
/* Z03 gs-relative store over the slot does NOT touch the slot -> redundant (over-conservative if not claimed) */
FN z_gs_store
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  movq $0,%gs:8(%rsp)
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END z_gs_store
/* Z04 fstpt (m80, 10 bytes) at 8(%rsp) overwrites bytes 16,17 of the slot at 16 -> wrong */
FN z_fstpt
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  fldpi
  fstpt 8(%rsp)
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END z_fstpt
/* Z05 fbstp (10 bytes BCD) */
FN z_fbstp
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  fldpi
  fbstp 8(%rsp)
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END z_fbstp
/* Z06 sgdt (10 bytes) at 8(%rsp): bytes 16,17 of the slot at 16 overwritten by GDT base bits -> wrong */
FN z_sgdt
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  sgdt 8(%rsp)
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END z_sgdt
/* Z07 fxsave64 (512 bytes) at (%rsp) over a slot at 400 (xmm area) -> wrong */
FN z_fxsave
  push %rbp
  mov %rsp,%rbp
  sub $1024,%rsp
  and $-64,%rsp
  mov %rsp,%rax
  mov %rax,400(%rsp)
  fxsave64 (%rsp)
  mov 400(%rsp),%rsp
  leave
  ret
END z_fxsave
/* Z08 xsave64 (variable size: with XCR0 x87|SSE|AVX writes 0..831) over a slot at 600 (AVX area) -> wrong */
FN z_xsave
  push %rbp
  mov %rsp,%rbp
  sub $2048,%rsp
  and $-64,%rsp
  mov %rsp,%rcx
  mov %rcx,600(%rsp)
  mov $-1,%eax
  mov $-1,%edx
  xsave64 (%rsp)
  mov 600(%rsp),%rsp
  leave
  ret
END z_xsave
/* Z09 maskmovdqu: implicit store to [rdi] (16 bytes, byte-masked) ; rdi = &slot -> wrong */
FN z_maskmov
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  lea 16(%rsp),%rdi
  pcmpeqb %xmm1,%xmm1
  pxor %xmm0,%xmm0
  maskmovdqu %xmm1,%xmm0
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END z_maskmov
/* Z10 vpscatterqq : unbounded stores (index vector) */
FN z_scatter
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  kxnorb %k0,%k0,%k1
  vpscatterqq %zmm0,(%rsp,%zmm1,8){%k1}
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END z_scatter
/* Z11 vmovdqu64 zmm store of 64 bytes at (%rsp) over slot at 56 -> wrong */
FN z_zmm_store
  sub $72,%rsp
  mov %rsp,%rax
  mov %rax,56(%rsp)
  vpxorq %zmm0,%zmm0,%zmm0
  vmovdqu64 %zmm0,(%rsp)
  mov 56(%rsp),%rsp
  add $72,%rsp
  ret
END z_zmm_store
/* Z12 movdir64b (64 bytes to [rdi]) */
FN z_movdir64b
  push %rbp
  mov %rsp,%rbp
  sub $256,%rsp
  and $-64,%rsp
  mov %rsp,%rax
  mov %rax,56(%rsp)
  mov %rsp,%rdi
  lea gsrc(%rip),%rsi
  movdir64b (%rsi),%rdi
  mov 56(%rsp),%rsp
  leave
  ret
END z_movdir64b
/* Z13 clzero: zeroes the 64-byte line containing rax: rax = rsp+40 (rsp 64-aligned) -> slot at rsp+8 zeroed -> wrong */
FN z_clzero
  push %rbp
  mov %rsp,%rbp
  sub $256,%rsp
  and $-64,%rsp
  mov %rsp,%rcx
  mov %rcx,8(%rsp)
  lea 40(%rsp),%rax
  clzero
  mov 8(%rsp),%rsp
  leave
  ret
END z_clzero
/* Z14 xlat: al := [rbx+al] on a copy in rax -> low byte changes -> wrong */
FN z_xlat
  push %rbx
  lea gsrc(%rip),%rbx
  mov %rsp,%rax
  xlat
  mov %rax,%rsp
  pop %rbx
  ret
END z_xlat
/* Z15 vcompressps: contiguous store of selected dwords (up to 64 bytes) at (%rsp) over slot at 56 */
FN z_compress
  sub $72,%rsp
  mov %rsp,%rax
  mov %rax,56(%rsp)
  kxnorw %k0,%k0,%k1
  vcompressps %zmm0,(%rsp){%k1}
  mov 56(%rsp),%rsp
  add $72,%rsp
  ret
END z_compress
/* Z16 fnsave (108 bytes) over slot at 96 */
FN z_fnsave
  sub $136,%rsp
  mov %rsp,%rax
  mov %rax,96(%rsp)
  fnsave (%rsp)
  mov 96(%rsp),%rsp
  add $136,%rsp
  ret
END z_fnsave
/* Z17 fnstenv (28 bytes) over slot at 24 (bytes 24..27 written) */
FN z_fnstenv
  sub $56,%rsp
  mov %rsp,%rax
  mov %rax,24(%rsp)
  fnstenv (%rsp)
  mov 24(%rsp),%rsp
  add $56,%rsp
  ret
END z_fnstenv
/* Z18 cmpxchg16b on slot pair: if [rsp+16..31] == rdx:rax (unknown) -> stores rcx:rbx */
FN z_cx16_slot
  push %rbx
  sub $48,%rsp
  mov %rsp,%r8
  mov %r8,16(%rsp)
  lock cmpxchg16b 16(%rsp)
  mov 16(%rsp),%rsp
  add $48,%rsp
  pop %rbx
  ret
END z_cx16_slot
/* Z19 vmaskmovps store (masked by ymm1) of 32 bytes at (%rsp): slot at 24 */
FN z_vmaskmov
  sub $56,%rsp
  mov %rsp,%rax
  mov %rax,24(%rsp)
  vpcmpeqd %ymm1,%ymm1,%ymm1
  vxorps %ymm0,%ymm0,%ymm0
  vmaskmovps %ymm0,%ymm1,(%rsp)
  mov 24(%rsp),%rsp
  add $56,%rsp
  ret
END z_vmaskmov
/* Z20 xsaves (compacted, kernel's form) over a slot at 600 */
FN z_xsaves
  push %rbp
  mov %rsp,%rbp
  sub $2048,%rsp
  and $-64,%rsp
  mov %rsp,%rcx
  mov %rcx,600(%rsp)
  mov $-1,%eax
  mov $-1,%edx
  xsaves64 (%rsp)
  mov 600(%rsp),%rsp
  leave
  ret
END z_xsaves
.data
.p2align 6
.globl gsrc
gsrc: .zero 256
