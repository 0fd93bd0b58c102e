#include "common.inc"
.text
/* Q01 pop to memory with rsp base: address computed AFTER the increment: popq 8(%rsp) writes [r+8] (r = rsp before the push) -> slot 8 := 0 -> wrong */
FN q_pop_mem
  sub $32,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %rax,16(%rsp)
  mov %rax,(%rsp)
  pushq $0
  popq 8(%rsp)
  mov 8(%rsp),%rsp
  add $32,%rsp
  ret
END q_pop_mem
/* Q02 same, but restore from 16 (untouched) -> redundant; and from (%rsp) */
FN q_pop_mem_other
  sub $32,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %rax,16(%rsp)
  mov %rax,(%rsp)
  pushq $0
  popq 8(%rsp)
  mov 16(%rsp),%rsp
  add $32,%rsp
  ret
END q_pop_mem_other
/* Q03 push from memory with rsp base: address computed BEFORE the decrement.
   [r]=C, [r+8]=0 : pushq 8(%rsp) pushes [r+8]=0 ; pop %rcx -> rcx=0 ; mov %rcx,%rsp -> rsp := 0 wrong */
FN q_push_mem
  sub $32,%rsp
  mov %rsp,%rax
  mov %rax,(%rsp)
  movq $0,8(%rsp)
  pushq 8(%rsp)
  pop %rcx
  mov %rcx,%rsp
  add $32,%rsp
  ret
END q_push_mem
/* Q04 scatter with deterministic indices: all lanes write zmm0 lanes (0) to rsp+16 -> slot := 0 -> wrong */
FN q_scatter_det
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  mov $2,%ecx
  vpbroadcastq %rcx,%zmm1
  vpxorq %zmm0,%zmm0,%zmm0
  kxnorb %k0,%k0,%k1
  vpscatterqq %zmm0,(%rsp,%zmm1,8){%k1}
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END q_scatter_det
/* Q05 AVX-512 scatter of dwords (vpscatterdd) */
FN q_scatter_dd
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  mov $4,%ecx
  vpbroadcastd %ecx,%zmm1
  vpxord %zmm0,%zmm0,%zmm0
  kxnorw %k0,%k0,%k1
  vpscatterdd %zmm0,(%rsp,%zmm1,4){%k1}
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END q_scatter_dd
/* Q06 clzero with rax pointing exactly at the slot: zeroes its 64-byte line -> wrong */
FN q_clzero_at
  sub $72,%rsp
  mov %rsp,%rcx
  mov %rcx,16(%rsp)
  lea 16(%rsp),%rax
  clzero
  mov 16(%rsp),%rsp
  add $72,%rsp
  ret
END q_clzero_at
/* Q07 vscatterqpd (float scatter) */
FN q_scatter_pd
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  kxnorb %k0,%k0,%k1
  vscatterqpd %zmm0,(%rsp,%zmm1,8){%k1}
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END q_scatter_pd
/* Q08 AVX-512 scatter with 32-bit indices and ymm: vpscatterdq */
FN q_scatter_dq
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  kxnorb %k0,%k0,%k1
  vpscatterdq %zmm0,(%rsp,%ymm1,8){%k1}
  mov 16(%rsp),%rsp
  add $40,%rsp
  ret
END q_scatter_dq
