import sys,re
# cases file: blocks "## name | truth" followed by body lines
src=open(sys.argv[1]).read()
out=['.text']
for blk in src.split('## ')[1:]:
    head,body=blk.split('\n',1)
    name=head.split('|')[0].strip()
    out.append(f'.globl {name}\n.type {name},@function\n{name}:\n{body}\n.size {name},.-{name}\n')
open(sys.argv[2],'w').write('\n'.join(out))
