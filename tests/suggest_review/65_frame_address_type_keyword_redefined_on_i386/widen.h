/* Every `long` of what follows is 64-bit. */
#define long long long
