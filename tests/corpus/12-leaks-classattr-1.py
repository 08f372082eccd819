# chapter: 12
# a class attribute outlives every instance: what it holds is never freed
import gc
import weakref
class Job:
    finished = []
    def __init__(self, n):
        self.n = n
    def done(self):
        Job.finished.append(self)
def run(n):
    job = Job(n)
    job.done()
    return weakref.ref(job)
refs = [run(i) for i in range(5)]
gc.collect()
print(sum(r() is not None for r in refs), len(Job.finished))
Job.finished.clear()
print(sum(r() is not None for r in refs))
