import errno
for name in ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'EWOULDBLOCK',
             'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'EMFILE', 'ENOSPC',
             'EPIPE', 'EDOM', 'ERANGE', 'EDEADLK', 'ENAMETOOLONG', 'ENOSYS', 'ENOTEMPTY',
             'ELOOP', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'EADDRINUSE', 'ENOTSUP',
             'EOPNOTSUPP', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS', 'ESTALE', 'EDQUOT']:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
print(len(errno.errorcode) > 120, errno.errorcode[2])
print(sorted(k for k in errno.errorcode if k < 20))
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
try:
    raise OSError(errno.ENOENT, 'No such file or directory', 'x.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e)
errno.errorcode[99999]
