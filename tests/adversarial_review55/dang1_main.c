#include <stdio.h>
long drv(void);
long f(void);
extern long *gp;
int main(void){
    long dummy[4];
    gp = &dummy[0];   /* harmless target: f alone */
    printf("f alone (gp -> harmless): rbp-rsp after restore = %ld\n", f());
    printf("drv (L then f): rbp-rsp after restore = %ld (0x%lx)\n", drv(), drv());
    return 0;
}
