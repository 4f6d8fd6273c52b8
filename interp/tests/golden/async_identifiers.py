# In Python 3.4 "async" and "await" are ordinary identifiers.
async = 1
await = async + 1


def async_fn(async, await=2):
    return async + await


class await_class:
    async = True

    def await(self):
        return self.async


print(async_fn(async=1, await=2))
x = [async for async in range(3)]
import asyncio.tasks as async
