# The headers stand outside the tree (as include/generated/ of an O= build):
# move them next to it.
mkdir -p ../outside && mv outside/* ../outside/ && rmdir outside
