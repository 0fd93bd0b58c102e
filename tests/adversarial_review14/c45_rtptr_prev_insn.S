# Truth: runtime_ptr_foo field = 2 bytes before the end of a nop-ish "mov $0,%ecx": 8-byte write covers
# [field, field+8) = last 2 bytes of the mov + the whole 3-byte restore "mov %rbx,%rsp" + ret + ...
	.text
	.globl f
	.type f,@function
f:
	mov %rsp,%rbx
	mov $0,%ecx
1:
	mov %rbx,%rsp
	ret
	int3
	int3
	int3
	.size f,.-f
	.section runtime_ptr_foo,"a"
	.long 1b - 2 - .
