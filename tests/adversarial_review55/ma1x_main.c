#include <stdio.h>
long f(void); long g(void);
int main(void){
  printf("f(): rbp-rsp after restore = %ld\n", f());
  long r = g();
  printf("g() -> enters f+0x10: rbp-rsp after restore = %ld (0x%lx)\n", r, r);
  return 0;
}
