# -*- coding: latin-1 -*-
# A table-driven state machine for a traffic light with enums made of class constants.
class State:
    RED, GREEN, YELLOW = range(3)
    NAMES = {RED: 'red', GREEN: 'green', YELLOW: 'yellow'}


TRANSITIONS = {
    (State.RED, 'timer'): State.GREEN,
    (State.GREEN, 'timer'): State.YELLOW,
    (State.YELLOW, 'timer'): State.RED,
    (State.GREEN, 'emergency'): State.RED,
    (State.YELLOW, 'emergency'): State.RED,
}


def run(events, state=State.RED):
    trace = [State.NAMES[state]]
    for event in events:
        state = TRANSITIONS.get((state, event), state)
        trace.append(State.NAMES[state])
    return trace


print(' -> '.join(run(['timer', 'timer', 'emergency', 'timer', 'bogus'])))
