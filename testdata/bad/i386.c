/* rspill fixture: a tiny 32-bit x86 object (ELFCLASS32, EM_386). */
extern void use(void *p);

unsigned long tiny_i386(unsigned long x)
{
	unsigned long buf[4] = { x, x + 1, x + 2, x + 3 };

	use(buf);
	return buf[0] + buf[3];
}
