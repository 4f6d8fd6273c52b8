# Binary search tree: insert, search, in-order traversal, height.
class BST:
    class _Node:
        __slots__ = 'key', 'left', 'right'

        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = self._Node(key)
                    return
                node = node.left
            elif key > node.key:
                if node.right is None:
                    node.right = self._Node(key)
                    return
                node = node.right
            else:
                return

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return list(walk(self.root))

    def height(self, node=None, _top=True):
        if _top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(t.inorder(), 40 in t, 45 in t, t.height())
