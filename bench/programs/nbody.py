# Float arithmetic: a small n-body simulation (planets of a made-up system).
import math


def make_bodies():
    bodies = []
    for i in range(5):
        angle = i * 1.2566370614359172
        r = 1.0 + i * 0.7
        x, y, z = r * math.cos(angle), r * math.sin(angle), 0.01 * i
        speed = 1.0 / math.sqrt(r)
        vx, vy, vz = -speed * math.sin(angle), speed * math.cos(angle), 0.0
        mass = 0.001 * (i + 1) if i else 1.0
        bodies.append([x, y, z, vx, vy, vz, mass])
    return bodies


def energy(bodies):
    e = 0.0
    for i, (x, y, z, vx, vy, vz, m) in enumerate(bodies):
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for (x2, y2, z2, _, _, _, m2) in bodies[i + 1:]:
            dx, dy, dz = x - x2, y - y2, z - z2
            e -= m * m2 / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = make_bodies()
print('%.9f' % energy(bodies))
advance(bodies, 0.001, 30000)
print('%.9f' % energy(bodies))
