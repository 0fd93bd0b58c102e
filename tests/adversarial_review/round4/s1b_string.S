#include "common.inc"
.text
/* S27 rep insb count 16 into [rsp,rsp+16): slot 8 overwritten by port data -> wrong */
FN str_rep_insb
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %rsp,%rdi
  mov $16,%ecx
  mov $0x80,%dx
  rep insb
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_rep_insb

/* S28 insq? no: insl (4 bytes) at rsp+12 (high half of slot 8) -> wrong */
FN str_insl
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 12(%rsp),%rdi
  mov $0x80,%dx
  insl
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_insl

/* S29 rep outsb count 8 from rsp: rsi = rsp+8; lea -8(%rsi),%rsp delta 0; rcx=0 */
FN str_rep_outsb_rcx
  sub $24,%rsp
  mov %rsp,%rsi
  mov $8,%ecx
  mov $0x80,%dx
  rep outsb
  lea (%rsp,%rcx,8),%rax
  mov %rax,%rsp
  add $24,%rsp
  ret
END str_rep_outsb_rcx

/* S30 F2 (repne) prefix on stosq: Intel/QEMU repeat it like rep: rcx=0 after, 5 qwords at [rsp,rsp+40) */
/* restore lea -40(%rsp,%rcx,8): truth delta -40 (rcx=0) */
FN str_repne_stos
  sub $56,%rsp
  mov %rsp,%rdi
  mov $5,%ecx
  xor %eax,%eax
  repne stosq
  lea -40(%rsp,%rcx,8),%rdx
  mov %rdx,%rsp
  add $56,%rsp
  ret
END str_repne_stos

/* S31 F3 on a non-string insn (pause = rep nop): rcx unchanged (argument) ->
   lea (%rsp,%rcx,8) ; mov -> delta 8*rcx_arg, not constant */
FN str_pause_rcx
  pause
  lea (%rsp,%rcx,8),%rdx
  mov %rdx,%rsp
  ret
END str_pause_rcx

/* S32 rep-prefixed lea (F3 ignored): rcx unchanged */
FN str_rep_lea_rcx
  .byte 0xf3
  lea 8(%rsp),%rax
  lea (%rsp,%rcx,8),%rdx
  mov %rdx,%rsp
  ret
END str_rep_lea_rcx

/* S33 addr32 rep movsq with rcx=2^32: zero iterations; rcx stays 2^32: lea (%rsp,%rcx) -> delta 2^32 */
FN str_addr32_movs_rcx_hi
  sub $24,%rsp
  mov %rsp,%rsi
  lea 8(%rsp),%rdi
  movabs $0x100000000,%rcx
  addr32 rep movsq
  lea (%rsp,%rcx,1),%rdx
  mov %rdx,%rsp
  add $24,%rsp
  ret
END str_addr32_movs_rcx_hi

/* S34 addr32 rep stosq count 2^32: no store. slot 8 keeps the copy -> redundant (over-conservative if not claimed) */
FN str_addr32_nostore
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %rsp,%rdi
  movabs $0x100000000,%rcx
  xor %eax,%eax
  addr32 rep stosq
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_addr32_nostore

/* S35 addr32 with rcx = 2^32 + 2: ECX=2 -> 2 iterations writing [edi..] i.e. truncated stack address;
   a 64-bit model writes [rsp,rsp+16) ... restore from rcx: rcx = 0 after (QEMU zero-extends ECX writes) */
FN str_addr32_rcx_lohi
  sub $24,%rsp
  mov %rsp,%rdi
  movabs $0x100000002,%rcx
  xor %eax,%eax
  addr32 rep stosq
  lea (%rsp,%rcx,1),%rdx
  mov %rdx,%rsp
  add $24,%rsp
  ret
END str_addr32_rcx_lohi

/* S36 ecx count via 16-bit: addr16 impossible in 64-bit. Use rep stosq with count in rcx set by movl (zero-extended): exact
   mov $2,%ecx from rsp+8 -> writes [8,24): slot 24 intact: redundant */
FN str_stos_exact_skip
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,24(%rsp)
  lea 8(%rsp),%rdi
  mov $2,%ecx
  xor %eax,%eax
  rep stosq
  mov 24(%rsp),%rsp
  add $40,%rsp
  ret
END str_stos_exact_skip

/* S37 same with 3 -> covers slot 24 -> wrong */
FN str_stos_exact_hit
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,24(%rsp)
  lea 8(%rsp),%rdi
  mov $3,%ecx
  xor %eax,%eax
  rep stosq
  mov 24(%rsp),%rsp
  add $40,%rsp
  ret
END str_stos_exact_hit

/* S38 rep stosq storing the copy itself over the slot: slot unchanged -> redundant */
FN str_stos_same_value
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,24(%rsp)
  lea 8(%rsp),%rdi
  mov $3,%ecx
  rep stosq
  mov 24(%rsp),%rsp
  add $40,%rsp
  ret
END str_stos_same_value

/* S39 rep stosq storing rax = rsp+8 (a different stack address) over the slot: slot = rsp+8 -> delta +8 */
FN str_stos_other_value
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,24(%rsp)
  lea 8(%rsp),%rdi
  lea 8(%rsp),%rax
  mov $3,%ecx
  rep stosq
  mov 24(%rsp),%rsp
  add $40,%rsp
  ret
END str_stos_other_value

/* S40 stosl (4 bytes) of eax = low half of copy into the HIGH half of the slot -> wrong */
FN str_stosl_hi
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 12(%rsp),%rdi
  stosl
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_stosl_hi

/* S41 rep stosl count 2 of eax=low half of copy over slot: slot = lo|lo -> wrong */
FN str_rep_stosl_lolo
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%rdi
  mov $2,%ecx
  rep stosl
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_rep_stosl_lolo
