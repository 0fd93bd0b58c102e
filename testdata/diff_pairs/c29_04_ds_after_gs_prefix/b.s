# Pair c29_04_ds_after_gs_prefix (b.s); class 29-own-addresses-and-prefixes (blind review 109, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c29_04_ds_after_gs_prefix/b.o
# Truth: h changed. 65 3e 8b 07 (GS, then DS: the last segment prefix
# counts on some processors) vs 65 8b 07 (GS).
.text
.globl h
.type h,@function
h:
  .byte 0x65,0x8b,0x07        # mov %gs:(%rdi),%eax
  ret
.size h,.-h
