# Pair c21_03_call_weak_undefined (a.s); class 21-blind-review-16b
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c21_03_call_weak_undefined/a.o
#
# From the second blind review of diff's 'identical' in session 16, where
# rspill called this pair identical. Truth: changed.
# (link-dependent) call ext with ext a strong undefined (A) vs weak undefined 
# (B). If nothing in the kernel defines ext: A fails to link or the module 
# fails to load with 'Unknown symbol'; B links/loads and calls address 0. The 
# tool compares only the binding of defined symbols. WEAK false identical. 

	.text
	.globl h
	.type h,@function
h:	call ext
	ret
	.size h, .-h
