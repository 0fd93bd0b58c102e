/* f is hand-written (KMSAN-like spill of %rsp); h calls into f at f+off */
asm(".include \"pro.inc\"\n"
"	.text\n	.globl f\n	.type f,@function\n"
"f:	PRO\n	RESTORE\n	EPI\n	.size f,.-f\n");
extern void f(void);
long off = 15;
void h(void) { ((void (*)(void))((char *)f + off))(); }
void h2(void) { ((void (*)(void))((char *)f + off))(); asm volatile("" ::: "memory"); }
