import queue
class Dedup(queue.Queue):
    def _init(self, maxsize):
        queue.Queue._init(self, maxsize)
        self.seen = set()
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)
q = Dedup()
for x in [1, 2, 1, 3, 2]:
    q.put(x)
print(q.qsize(), q.unfinished_tasks)
print([q.get() for _ in range(q.qsize())])
