#include "common.inc"
.text
/* S01 forward rep movsb, count 8: rsi = rsp+8 -> lea -8(%rsi),%rsp: delta 0 on the only path (redundant) */
FN str_movsb_fwd
  sub $32,%rsp
  mov %rsp,%rsi
  lea 16(%rsp),%rdi
  mov $8,%ecx
  rep movsb
  lea -8(%rsi),%rsp
  add $32,%rsp
  ret
END str_movsb_fwd

/* S02 std rep movsb, count 8: rsi = rsp+16-8 = rsp+8 -> lea -8(%rsi),%rsp: delta 0 (redundant) */
FN str_movsb_std
  sub $32,%rsp
  lea 16(%rsp),%rsi
  lea 24(%rsp),%rdi
  mov $8,%ecx
  std
  rep movsb
  cld
  lea -8(%rsi),%rsp
  add $32,%rsp
  ret
END str_movsb_std

/* S03 addr32 rep movsb: rsi := zext32(esi+8). On a stack above 4G, lea -8(%rsi),%rsp
   sets rsp to (rsp mod 2^32): truth NOT constant (depends on the stack's upper bits) */
FN str_addr32_movsb
  sub $32,%rsp
  mov %rsp,%rsi
  lea 16(%rsp),%rdi
  mov $8,%ecx
  addr32 rep movsb
  lea -8(%rsi),%rsp
  add $32,%rsp
  ret
END str_addr32_movsb

/* S04 std rep stosq count 1 at rdi=rsp+8 writes [rsp+8,rsp+16): the slot -> zero.
   mov 8(%rsp),%rsp sets rsp=0: wrong */
FN str_stos_std_slot
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%rdi
  mov $1,%ecx
  xor %eax,%eax
  std
  rep stosq
  cld
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_stos_std_slot

/* S05 std rep stosq count 2 starting at rsp+8 writes [rsp,rsp+16); slot at 16 intact -> redundant */
FN str_stos_std_below
  sub $32,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  lea 8(%rsp),%rdi
  mov $2,%ecx
  xor %eax,%eax
  std
  rep stosq
  cld
  mov 16(%rsp),%rsp
  add $32,%rsp
  ret
END str_stos_std_below

/* S06 DF set by popfq (no std): rep stosq count 2 from rsp+16 goes DOWN: writes [rsp+8,rsp+24): slot at 8 zeroed.
   restore mov 8(%rsp),%rsp -> rsp := 0: wrong */
FN str_popf_df
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  pushfq
  orq $0x400,(%rsp)
  popfq
  lea 16(%rsp),%rdi
  mov $2,%ecx
  xor %eax,%eax
  rep stosq
  cld
  mov 8(%rsp),%rsp
  add $40,%rsp
  ret
END str_popf_df

/* S07 repe cmpsb (F3 = REPE: conditional): rcx after = remaining count, data-dependent (0..15).
   lea (%rsp,%rcx,8),%rdx ; mov %rdx,%rsp : delta = 8*rcx, not constant */
FN str_repe_cmps_rcx
  sub $72,%rsp
  movq %rdi,0(%rsp)
  movq %rsi,32(%rsp)
  mov %rsp,%rsi
  lea 32(%rsp),%rdi
  mov $16,%ecx
  repe cmpsb
  lea (%rsp,%rcx,8),%rdx
  mov %rdx,%rsp
  add $72,%rsp
  ret
END str_repe_cmps_rcx

/* S08 repne scasb: rcx data dependent -> delta 8*rcx, not constant */
FN str_repne_scas_rcx
  sub $40,%rsp
  movq %rdi,0(%rsp)
  movq $0,8(%rsp)
  mov %rsp,%rdi
  mov $16,%ecx
  xor %eax,%eax
  repne scasb
  lea (%rsp,%rcx,8),%rdx
  mov %rdx,%rsp
  add $40,%rsp
  ret
END str_repne_scas_rcx

/* S09 repe cmpsb, restore from rsi: rsi = rsp + (#compared) in 1..16: lea -16(%rsi),%rsp not constant */
FN str_repe_cmps_rsi
  sub $72,%rsp
  movq %rdi,0(%rsp)
  movq %rsi,32(%rsp)
  mov %rsp,%rsi
  lea 32(%rsp),%rdi
  mov $16,%ecx
  repe cmpsb
  lea -16(%rsi),%rsp
  add $72,%rsp
  ret
END str_repe_cmps_rsi

/* S10 rep stosq unconditional: rcx=0 after; lea (%rsp,%rcx,8),%rdx; mov %rdx,%rsp: delta 0 (redundant) */
FN str_rep_stos_rcx0
  sub $56,%rsp
  mov %rsp,%rdi
  mov $5,%ecx
  xor %eax,%eax
  rep stosq
  lea (%rsp,%rcx,8),%rdx
  mov %rdx,%rsp
  add $56,%rsp
  ret
END str_rep_stos_rcx0

/* S11 movsq copies slot 16 (copy) to slot 8 -> mov 8(%rsp),%rsp redundant */
FN str_movs_copy_slot
  sub $32,%rsp
  mov %rsp,%rax
  mov %rax,16(%rsp)
  lea 16(%rsp),%rsi
  lea 8(%rsp),%rdi
  movsq
  mov 8(%rsp),%rsp
  add $32,%rsp
  ret
END str_movs_copy_slot

/* S12 overlapping rep movsq count 2 from rsp+8 to rsp+16 (forward): [16]:=[8]=0, then [24]:=[16]=0.
   slot 24 ends 0 (a memmove model would say it holds the old [16] = copy). restore from 24: rsp:=0 wrong */
FN str_movs_overlap
  sub $40,%rsp
  mov %rsp,%rax
  movq $0,8(%rsp)
  mov %rax,16(%rsp)
  mov %rax,24(%rsp)
  lea 8(%rsp),%rsi
  lea 16(%rsp),%rdi
  mov $2,%ecx
  rep movsq
  mov 24(%rsp),%rsp
  add $40,%rsp
  ret
END str_movs_overlap

/* S13 lodsq advances rsi by 8: lea -8(%rsi),%rsp delta 0 (redundant) */
FN str_lods_adv
  sub $16,%rsp
  mov %rsp,%rsi
  lodsq
  lea -8(%rsi),%rsp
  add $16,%rsp
  ret
END str_lods_adv

/* S14 std lodsl: rsi = rsp-4 ; lea 4(%rsi),%rsp delta 0 */
FN str_lods_std
  sub $16,%rsp
  lea 4(%rsp),%rsi
  std
  lodsl
  cld
  mov %rsi,%rsp
  add $16,%rsp
  ret
END str_lods_std

/* S15 addr32 scasq: rdi := zext32(edi+8): lea -16(%rdi),%rsp -> truncated rsp (stack above 4G): not constant */
FN str_addr32_scas
  sub $24,%rsp
  lea 8(%rsp),%rdi
  xor %eax,%eax
  addr32 scasq
  lea -16(%rdi),%rsp
  add $24,%rsp
  ret
END str_addr32_scas

/* S16 stosb of al (low byte of the copy) into byte 1 of the slot: slot changes -> wrong */
FN str_stosb_byte1
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 9(%rsp),%rdi
  stosb
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_stosb_byte1

/* S17 stosb of al into byte 0 of the slot holding the same copy: no change -> redundant */
FN str_stosb_byte0
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%rdi
  stosb
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_stosb_byte0

/* S18 mov $1,%cl leaves rcx's upper bits (argument) unknown: rep stosq from rsp may cover slot 8 -> wrong possible */
FN str_count_cl
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  mov %rsp,%rdi
  mov $1,%cl
  xor %eax,%eax
  rep stosq
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_count_cl

/* S19 DF set on one branch only; rep stosq from rsp+16 count 2: with DF=1 writes slot 8 -> wrong on that path */
FN str_df_join
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  test %rsi,%rsi
  je 1f
  std
1:
  lea 16(%rsp),%rdi
  mov $2,%ecx
  xor %eax,%eax
  rep stosq
  cld
  mov 8(%rsp),%rsp
  add $40,%rsp
  ret
END str_df_join

/* S20 rep movsq count 2 from global into [rsp,rsp+16): slot 8 overwritten -> wrong */
FN str_movs_over_slot
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea gbuf(%rip),%rsi
  mov %rsp,%rdi
  mov $2,%ecx
  rep movsq
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END str_movs_over_slot

/* S21 addr32 rep stosq with rcx = 2^32: ECX = 0 -> zero iterations, rcx stays 2^32.
   lea (%rsp,%rcx,1),%rdx ; mov %rdx,%rsp : delta = +2^32 (wrong), not 0 */
FN str_addr32_rcx_hi
  sub $24,%rsp
  mov %rsp,%rdi
  movabs $0x100000000,%rcx
  xor %eax,%eax
  addr32 rep stosq
  lea (%rsp,%rcx,1),%rdx
  mov %rdx,%rsp
  add $24,%rsp
  ret
END str_addr32_rcx_hi

/* S22 addr32 rep movsb with rcx = 2^32+0: zero iterations, rsi unchanged (= rsp):
   mov %rsi,%rsp : delta 0 (redundant). A model rsi += rcx would say 2^32 */
FN str_addr32_rsi_hi
  sub $24,%rsp
  mov %rsp,%rsi
  lea 8(%rsp),%rdi
  movabs $0x100000000,%rcx
  addr32 rep movsb
  mov %rsi,%rsp
  add $24,%rsp
  ret
END str_addr32_rsi_hi

/* S23 cmpsq (no rep) advances both by 8: lea -8(%rsi),%rsp delta 0; lea -24(%rdi),%rsp delta 0 */
FN str_cmpsq
  sub $32,%rsp
  mov %rsp,%rsi
  lea 16(%rsp),%rdi
  cmpsq
  lea -8(%rsi),%rsp
  lea -24(%rdi),%rsp
  add $32,%rsp
  ret
END str_cmpsq

/* S24 rep lodsq count 3: rcx=0, rsi = rsp+24: lea -24(%rsi),%rsp delta 0 */
FN str_rep_lods
  sub $32,%rsp
  mov %rsp,%rsi
  mov $3,%ecx
  rep lodsq
  lea -24(%rsi),%rsp
  add $32,%rsp
  ret
END str_rep_lods

/* S25 repe cmpsq with count 1 (F3): exactly one iteration whatever the data: rsi=rsp+8. delta 0 */
FN str_repe_count1
  sub $32,%rsp
  mov %rsp,%rsi
  lea 16(%rsp),%rdi
  mov $1,%ecx
  repe cmpsq
  lea -8(%rsi),%rsp
  add $32,%rsp
  ret
END str_repe_count1

/* S26 std rep movsq count 2 from rsp+16 to rsp+24: copies [16]->[24] then [8]->[16].
   slot 8 = copy, slot 16 = 0: after: [24]=0, [16]=copy.  restore from 16 -> redundant; restore from 24 -> wrong.
   here: restore from 24 : rsp := 0  wrong */
FN str_movs_std_overlap
  sub $40,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  movq $0,16(%rsp)
  mov %rax,24(%rsp)
  lea 16(%rsp),%rsi
  lea 24(%rsp),%rdi
  mov $2,%ecx
  std
  rep movsq
  cld
  mov 24(%rsp),%rsp
  add $40,%rsp
  ret
END str_movs_std_overlap

.data
.p2align 4
.globl gbuf
gbuf: .zero 512
