#include "common.inc"
.text
/* F01 lea -8(%rbp),%rsp with the real frame pointer: rsp := CFA-24 = where rbx was pushed: correct epilogue (fp-relative) */
FN fp_lea_ok
  push %rbp
  mov %rsp,%rbp
  push %rbx
  sub $32,%rsp
  lea -8(%rbp),%rsp
  pop %rbx
  pop %rbp
  ret
END fp_lea_ok
/* F02 rbp is NOT set up (caller's rbp): lea -8(%rbp),%rsp -> rsp := caller's rbp - 8: not this frame */
FN fp_lea_noframe
  push %rbx
  lea -8(%rbp),%rsp
  pop %rbx
  ret
END fp_lea_noframe
/* F03 rbp = rsp + 8 (not CFA-16): lea -8(%rbp),%rsp -> delta 0 here (rbp-8 = rsp) */
FN fp_lea_fake
  push %rbp
  push %rbx
  lea 8(%rsp),%rbp
  lea -8(%rbp),%rsp
  pop %rbx
  pop %rbp
  ret
END fp_lea_fake
/* F04 frame pointer, but epilogue lea -16(%rbp) is 8 too low for the single push: pops garbage */
FN fp_lea_wrong
  push %rbp
  mov %rsp,%rbp
  push %rbx
  sub $32,%rsp
  lea -16(%rbp),%rsp
  pop %rbx
  pop %rbp
  ret
END fp_lea_wrong
/* F05 lea 8(%rbp),%rsp : rsp := CFA-8 (skips the saved rbx AND rbp): pop %rbx pops the return address */
FN fp_lea_above
  push %rbp
  mov %rsp,%rbp
  push %rbx
  sub $32,%rsp
  lea 8(%rbp),%rsp
  pop %rbx
  pop %rbp
  ret
END fp_lea_above
/* F06 DRAP epilogue with the wrong rbp offset: lea -24(%rbp),%rsp (should be -16): pops a local into rbx, the saved rbx into r10 */
FN fp_drap_wrong_lea
  lea 8(%rsp),%r10
  and $-16,%rsp
  pushq -8(%r10)
  push %rbp
  mov %rsp,%rbp
  push %r10
  push %rbx
  sub $32,%rsp
  movq $0,-24(%rbp)
  lea -24(%rbp),%rsp
  pop %rbx
  pop %r10
  pop %rbp
  lea -8(%r10),%rsp
  ret
END fp_drap_wrong_lea
/* F07 lea (%rbp,%rcx,8),%rsp with the frame pointer and an unknown index */
FN fp_lea_index
  push %rbp
  mov %rsp,%rbp
  sub $32,%rsp
  lea -8(%rbp,%rcx,8),%rsp
  leave
  ret
END fp_lea_index
/* F08 frame pointer epilogue with an unknown index: lea -8(%rbp,%rcx,8),%rsp ; pop %rbx ; pop %rbp ; ret  -> rsp wrong unless rcx==0 */
FN fp_lea_index_pop
  push %rbp
  mov %rsp,%rbp
  push %rbx
  sub $32,%rsp
  lea -8(%rbp,%rcx,8),%rsp
  pop %rbx
  pop %rbp
  ret
END fp_lea_index_pop
/* F09 mov %rbp,%rsp after rbp was changed (add $8,%rbp): not the frame pointer any more */
FN fp_mov_changed
  push %rbp
  mov %rsp,%rbp
  sub $32,%rsp
  add $8,%rbp
  mov %rbp,%rsp
  pop %rbp
  ret
END fp_mov_changed
