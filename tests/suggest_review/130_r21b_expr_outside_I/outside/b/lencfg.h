/* another configuration: `len` names two outputs */
#define len g2), "=m" (g2
