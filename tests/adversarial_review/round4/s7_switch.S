#include "common.inc"
.text
/* W01 fs base round trip: rcx = rsp+16 (frame-relative), not a stack switch: delta +16 */
FN sw_fsbase
  lea 16(%rsp),%rax
  wrfsbase %rax
  rdfsbase %rcx
  mov %rcx,%rsp
  ret
END sw_fsbase
/* W02 gs base */
FN sw_gsbase
  lea 16(%rsp),%rax
  wrgsbase %rax
  rdgsbase %rcx
  mov %rcx,%rsp
  ret
END sw_gsbase
/* W03 cr2 round trip (ring 0) */
FN sw_cr2
  lea 16(%rsp),%rax
  mov %rax,%cr2
  mov %cr2,%rcx
  mov %rcx,%rsp
  ret
END sw_cr2
/* W04 dr0 round trip */
FN sw_dr0
  lea 16(%rsp),%rax
  mov %rax,%db0
  mov %db0,%rcx
  mov %rcx,%rsp
  ret
END sw_dr0
/* W05 MSR round trip (IA32_KERNEL_GS_BASE 0xc0000102) */
FN sw_msr
  lea 16(%rsp),%rax
  mov %rax,%rdx
  shr $32,%rdx
  mov $0xc0000102,%ecx
  wrmsr
  rdmsr
  shl $32,%rdx
  or %rdx,%rax
  mov %rax,%rsp
  ret
END sw_msr
/* W06 fxsave of xmm0 (holding rsp+16) into a global, load back: delta +16 */
FN sw_fxsave
  lea 16(%rsp),%rax
  movq %rax,%xmm0
  fxsave64 fxbuf(%rip)
  mov fxbuf+160(%rip),%rsp
  ret
END sw_fxsave
/* W07 memcpy (known callee) copies a slot holding rsp+16 into a global; load global -> delta +16 */
FN sw_memcpy_global
  sub $24,%rsp
  lea 40(%rsp),%rax
  mov %rax,(%rsp)
  lea gv(%rip),%rdi
  mov %rsp,%rsi
  mov $8,%edx
  call memcpy
  mov gv(%rip),%rsp
  ret
END sw_memcpy_global
/* W08 memset returns its first argument (a frame address rsp+16) in rax: delta +16 */
FN sw_memset_ret
  sub $24,%rsp
  lea 8(%rsp),%rdi
  xor %esi,%esi
  mov $8,%edx
  call memset
  lea 16(%rax),%rsp
  ret
END sw_memset_ret
/* W09 pop to a global: gv := rsp+8 copy pushed; restore from gv: delta +8 */
FN sw_pop_global
  lea 8(%rsp),%rax
  push %rax
  popq gv(%rip)
  mov gv(%rip),%rsp
  ret
END sw_pop_global
/* W10 xchg with a global */
FN sw_xchg_global
  lea 8(%rsp),%rax
  xchg %rax,gv(%rip)
  mov gv(%rip),%rsp
  ret
END sw_xchg_global
/* W11 cmpxchg with a global: if gv==rax(0 initially? unknown) stores rcx (=rsp+8) */
FN sw_cmpxchg_global
  lea 8(%rsp),%rcx
  xor %eax,%eax
  lock cmpxchg %rcx,gv(%rip)
  mov gv(%rip),%rsp
  ret
END sw_cmpxchg_global
/* W12 movs from the stack to a global */
FN sw_movs_global
  lea 8(%rsp),%rax
  push %rax
  mov %rsp,%rsi
  lea gv(%rip),%rdi
  movsq
  pop %rax
  mov gv(%rip),%rsp
  ret
END sw_movs_global
/* W13 store through an argument pointer (may alias gv), then load gv */
FN sw_alias_arg
  lea 8(%rsp),%rax
  mov %rax,(%rdi)
  mov gv(%rip),%rsp
  ret
END sw_alias_arg
/* W14 store to gv via a second symbol at the same address */
FN sw_alias_sym
  lea 8(%rsp),%rax
  mov %rax,gv(%rip)
  mov gv_alias(%rip),%rsp
  ret
END sw_alias_sym
/* W15 store into gv+8 via 16-byte SSE store of an xmm holding the address */
FN sw_sse_store
  lea 8(%rsp),%rax
  movq %rax,%xmm1
  pslldq $8,%xmm1
  movdqu %xmm1,gv(%rip)
  mov gv+8(%rip),%rsp
  ret
END sw_sse_store
/* W16 __msan_memcpy copies the slot (rsp+16 value) into gv */
FN sw_msan_memcpy
  sub $24,%rsp
  lea 40(%rsp),%rax
  mov %rax,(%rsp)
  lea gv(%rip),%rdi
  mov %rsp,%rsi
  mov $8,%edx
  call __msan_memcpy
  mov gv(%rip),%rsp
  ret
END sw_msan_memcpy
/* W17 store to gv with movnti */
FN sw_movnti
  lea 8(%rsp),%rax
  movnti %rax,gv(%rip)
  mov gv(%rip),%rsp
  ret
END sw_movnti
/* W18 per-cpu store %gs:gv then plain load of the same via %gs */
FN sw_percpu
  lea 8(%rsp),%rax
  mov %rax,%gs:gv(%rip)
  mov %gs:gv(%rip),%rsp
  ret
END sw_percpu
/* W19 the stack address reaches gv via a call: callee ext0 receives rdi = rsp+8 (frame pointer handed out) and may store it in gv */
FN sw_call_store
  lea 8(%rsp),%rdi
  call ext0
  mov gv(%rip),%rsp
  ret
END sw_call_store
/* W20 sgdt/sidt? no. setcc? xlat? : xadd to global */
FN sw_xadd_global
  lea 8(%rsp),%rax
  movq $0,gv(%rip)
  xadd %rax,gv(%rip)
  mov gv(%rip),%rsp
  ret
END sw_xadd_global
.data
.p2align 6
.globl fxbuf
fxbuf: .zero 512
.globl gv
gv: 
.globl gv_alias
gv_alias: .quad 0,0
