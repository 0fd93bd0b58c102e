#include "common.inc"
.text
.macro PRO
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
.endm
.macro EPI
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
.endm
/* P01 slot = V; mov %ecx,12(%rsp) with rcx = V: high half := low half of V -> wrong */
FN part_hi_from_lo
  PRO
  mov %rsp,%rcx
  mov %ecx,12(%rsp)
  EPI
END part_hi_from_lo
/* P02 mov %eax,8(%rsp) with rax = V: same bytes -> redundant */
FN part_lo_same
  PRO
  mov %eax,8(%rsp)
  EPI
END part_lo_same
/* P03 mov %ah,8(%rsp): byte0 := byte1 of V -> wrong */
FN part_ah_byte0
  PRO
  mov %ah,8(%rsp)
  EPI
END part_ah_byte0
/* P04 mov %ah,9(%rsp): byte1 := byte1 -> redundant */
FN part_ah_byte1
  PRO
  mov %ah,9(%rsp)
  EPI
END part_ah_byte1
/* P05 reassemble: two 32-bit halves stored separately -> redundant */
FN part_reassemble
  sub $24,%rsp
  mov %rsp,%rax
  mov %eax,8(%rsp)
  shr $32,%rax
  mov %eax,12(%rsp)
  EPI
END part_reassemble
/* P06 copy taken, rsp then changes, low 16 bits of NEW rsp written into the slot (movw %sp) -> slot's low 16 bits = new rsp's: wrong by -8 in the low word */
FN part_movw_sp
  PRO
  push %rbx
  movw %sp,16(%rsp)
  pop %rbx
  EPI
END part_movw_sp
/* P07 movl %esp,8(%rsp) where slot holds V = current rsp: low half same -> redundant */
FN part_movl_esp_same
  PRO
  movl %esp,8(%rsp)
  EPI
END part_movl_esp_same
/* P08 movl %esp -> slot of a value V' = rsp+8 : low half changes to rsp's -> result rsp+8 with low dword of rsp: delta 0 if no carry across bit 32 ... truth: hi(rsp+8)|lo(rsp) ; not constant */
FN part_movl_esp_other
  sub $24,%rsp
  lea 8(%rsp),%rax
  mov %rax,8(%rsp)
  movl %esp,8(%rsp)
  EPI
END part_movl_esp_other
/* P09 movl 8(%rsp),%eax (load low half, zero-extended) ; mov %rax,%rsp : truncated wrong */
FN part_load_lo
  PRO
  movl 8(%rsp),%eax
  mov %rax,%rsp
  add $24,%rsp
  ret
END part_load_lo
/* P10 load low half via movl into eax then OR high half from 12(%rsp) shifted: reassembled -> redundant */
FN part_load_reassemble
  PRO
  movl 8(%rsp),%eax
  movl 12(%rsp),%ecx
  shl $32,%rcx
  or %rcx,%rax
  mov %rax,%rsp
  add $24,%rsp
  ret
END part_load_reassemble
/* P11 pushw: mov %rsp,%rax ; pushw $0 ; mov %rax,%rsp : delta +2 */
FN part_pushw
  mov %rsp,%rax
  pushw $0
  mov %rax,%rsp
  ret
END part_pushw
/* P12 four pushw = -8 ; then restore: delta +8 */
FN part_pushw4
  mov %rsp,%rax
  pushw $0
  pushw $0
  pushw $0
  pushw $0
  mov %rax,%rsp
  ret
END part_pushw4
/* P13 pushfw: 2 bytes */
FN part_pushfw
  mov %rsp,%rax
  .byte 0x66,0x9c
  mov %rax,%rsp
  ret
END part_pushfw
/* P14 pushw %fs (66 0f a0): 2 bytes ; push %fs (0f a0) 8 bytes */
FN part_push_fs
  mov %rsp,%rax
  pushw %fs
  push %fs
  mov %rax,%rsp
  ret
END part_push_fs
/* P15 popw %ax after push: rsp+2 */
FN part_popw
  mov %rsp,%rcx
  push %rax
  popw %ax
  mov %rcx,%rsp
  ret
END part_popw
/* P16 enter $16,$1 : pushes rbp, frame temp, then 16 -> rsp-32 ; mov %rax,%rsp : delta +32 */
FN part_enter1
  push %rbp
  mov %rsp,%rax
  enter $16,$1
  mov %rax,%rsp
  pop %rbp
  ret
END part_enter1
/* P17 enter $16,$2 : push rbp, push [rbp-8], push frametemp, sub 16 -> 40 */
FN part_enter2
  push %rbp
  mov %rsp,%rbp
  push %rbx
  mov %rsp,%rax
  enter $16,$2
  mov %rax,%rsp
  pop %rbx
  pop %rbp
  ret
END part_enter2
/* P18 enter $16,$0: push rbp + 16 = 24 */
FN part_enter0
  mov %rsp,%rax
  enter $16,$0
  mov %rax,%rsp
  ret
END part_enter0
/* P19 leavew (66 c9): rsp = rbp; bp := pop16 ; rsp = rbp+2 -> the restore mov %rbx,%rsp moves rsp by -10 (rbx = CFA-24, rsp = CFA-14) */
FN part_leavew
  push %rbp
  mov %rsp,%rbp
  push %rbx
  mov %rsp,%rbx
  .byte 0x66,0xc9
  mov %rbx,%rsp
  pop %rbx
  pop %rbp
  ret
END part_leavew
/* P20 addw $8,%sp : 16-bit add; carry out of bit 15 lost -> not constant */
FN part_addw_sp
  push %rbx
  mov %rsp,%rbx
  subw $8,%sp
  mov %rbx,%rsp
  pop %rbx
  ret
END part_addw_sp
/* P21 addl $8,%esp (32-bit): truncates rsp */
FN part_addl_esp
  push %rbx
  mov %rsp,%rbx
  subl $8,%esp
  mov %rbx,%rsp
  pop %rbx
  ret
END part_addl_esp
/* P22 lea -8(%rsp),%esp : truncation */
FN part_lea_esp
  push %rbx
  mov %rsp,%rbx
  lea -8(%rsp),%esp
  mov %rbx,%rsp
  pop %rbx
  ret
END part_lea_esp
/* P23 addr32 lea -8(%rsp),%rsp (67 prefix): address computed in 32 bits -> truncated */
FN part_addr32_lea
  push %rbx
  mov %rsp,%rbx
  addr32 lea -8(%rsp),%rsp
  mov %rbx,%rsp
  pop %rbx
  ret
END part_addr32_lea
/* P24 mov %esp,%esp : truncation */
FN part_mov_esp_esp
  push %rbx
  mov %rsp,%rbx
  mov %esp,%esp
  mov %rbx,%rsp
  pop %rbx
  ret
END part_mov_esp_esp
/* P25 incw %sp ... decw: net 0 in 16 bits unless wrap... inc then dec = identity: redundant at the final mov */
FN part_incw
  push %rbx
  mov %rsp,%rbx
  incw %sp
  decw %sp
  mov %rbx,%rsp
  pop %rbx
  ret
END part_incw
/* P26 pushq then popw %sp (66 5c): pops 16 bits into sp -> rsp = (rsp & ~0xffff) | low16(val) */
FN part_popw_sp
  push %rbx
  mov %rsp,%rbx
  pushq $0x1234
  popw %sp
  mov %rbx,%rsp
  pop %rbx
  ret
END part_popw_sp
/* P27 movq %rsp,%xmm0 ; movq %xmm0,%rsp: redundant (restore from xmm) */
FN part_xmm_rsp
  movq %rsp,%xmm0
  movq %xmm0,%rsp
  ret
END part_xmm_rsp
/* P28 pinsrw into a slot copy via xmm? movd %esp,%xmm0 ; movq %xmm0,%rax: truncated */
FN part_movd_esp
  movd %esp,%xmm0
  movq %xmm0,%rax
  mov %rax,%rsp
  ret
END part_movd_esp
