import queue
q = queue.Queue()
q.put('a')
q.put('b')
print(q.unfinished_tasks)
q.get()
q.task_done()
q.get()
q.task_done()
print(q.unfinished_tasks)
q.join()
print('joined')
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
