#include "common.inc"
.text
/* K01 copy slot is the callee's 8th stack argument (run [rsp]=a7,[rsp+8]=copy written since entry) -> callee may write it: unknown */
FN k_stackarg_slot
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  movq $7,(%rsp)
  call ext8
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END k_stackarg_slot
/* K02 copy below %rsp (no red zone): lost -> unknown */
FN k_redzone
  mov %rsp,%rax
  mov %rax,-8(%rsp)
  mov -8(%rsp),%rsp
  ret
END k_redzone
/* K03 loop pushing n times then restore: delta 8n -> unknown */
FN k_loop_push
  push %rbx
  mov %rsp,%rbx
1: push %rcx
  dec %rdi
  jnz 1b
  mov %rbx,%rsp
  pop %rbx
  ret
END k_loop_push
/* K04 call-to-next-instruction then add $8 (unbalanced-ret guard / RSB fill): truth delta 0 */
FN k_call_next
  push %rbx
  mov %rsp,%rbx
  call 1f
  int3
1: add $8,%rsp
  mov %rbx,%rsp
  pop %rbx
  ret
END k_call_next
/* K05 __FILL_RETURN_BUFFER-like: 2 x (call 1f; int3; 1:) then add $16 : truth delta 0 */
FN k_rsb_fill2
  push %rbx
  mov %rsp,%rbx
  call 1f
  int3
1: call 2f
  int3
2: add $16,%rsp
  mov %rbx,%rsp
  pop %rbx
  ret
END k_rsb_fill2
/* K06 call 1f ; pop %rax (get rip) : truth delta 0 */
FN k_call_pop
  push %rbx
  mov %rsp,%rbx
  call 1f
1: pop %rax
  mov %rbx,%rsp
  pop %rbx
  ret
END k_call_pop
/* K07 rbx (callee-saved) copy across a call: redundant by contract */
FN k_rbx_across_call
  push %rbx
  mov %rsp,%rbx
  call ext0
  mov %rbx,%rsp
  pop %rbx
  ret
END k_rbx_across_call
/* K08 callee-saved copy but the callee was given the address of the rbx save slot? (it holds caller's rbx, not our copy) -
   the copy is in rbx itself: callee must restore rbx -> redundant */
FN k_rbx_slot_given
  push %rbx
  mov %rsp,%rbx
  mov %rsp,%rdi
  call ext0
  mov %rbx,%rsp
  pop %rbx
  ret
END k_rbx_slot_given
/* K09 loop where the slot is re-stored with rsp+8 every iteration: iteration 2 restore delta != 0 */
FN k_loop_slot
  sub $48,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
1: mov 8(%rsp),%rsp
  lea 8(%rsp),%rax
  mov %rax,8(%rsp)
  dec %rdi
  jnz 1b
  add $48,%rsp
  ret
END k_loop_slot
/* K10 call via retpoline-style inline thunk: call 1f; 2: pause; lfence; jmp 2b; 1: lea 3f(%rip),%rax; mov %rax,(%rsp); ret; 3:
   after 'ret' rsp is back to before the call: restore from rbx -> delta 0 */
FN k_inline_retpoline
  push %rbx
  mov %rsp,%rbx
  call 1f
2: pause
  lfence
  jmp 2b
1: lea 3f(%rip),%rax
  mov %rax,(%rsp)
  ret
3: mov %rbx,%rsp
  pop %rbx
  ret
END k_inline_retpoline
/* K11 SIMD slot round trip: movq xmm -> slot -> rsp: redundant (over-conservative expected) */
FN k_simd_slot
  sub $24,%rsp
  movq %rsp,%xmm0
  movq %xmm0,8(%rsp)
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END k_simd_slot
/* K12 xmm copy across call (caller-saved): unknown */
FN k_xmm_call
  push %rbx
  movq %rsp,%xmm0
  call ext0
  movq %xmm0,%rax
  mov %rax,%rsp
  pop %rbx
  ret
END k_xmm_call
/* K13 pointer to the copy slot handed to the callee: unknown */
FN k_slot_escape
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%rdi
  call ext0
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END k_slot_escape
/* K14 ret-to-self: push label; ret (jump); then restore */
FN k_push_ret
  push %rbx
  mov %rsp,%rbx
  lea 1f(%rip),%rax
  push %rax
  ret
1: mov %rbx,%rsp
  pop %rbx
  ret
END k_push_ret
/* K15 call to the next instruction, then add $8 (drop the pushed address), then restore rbx+8:
   truth: rsp after add = rbx (r1) ; lea 8(%rbx) -> delta +8 (wrong value written: moves rsp up by 8) */
FN k_call_next_add
  push %rbx
  mov %rsp,%rbx
  call 1f
1: add $8,%rsp
  lea 8(%rbx),%rax
  mov %rax,%rsp
  pop %rbx
  ret
END k_call_next_add
/* K16 call next ; pop %rcx (balanced: rsp = rbx again) ; restore rbx+8: truth delta +8 */
FN k_call_next_pop_rcx
  push %rbx
  mov %rsp,%rbx
  call 1f
1: pop %rcx
  lea 8(%rbx),%rax
  mov %rax,%rsp
  pop %rbx
  ret
END k_call_next_pop_rcx
