//! The virtual machine: frames, the eval loop, calls, exceptions, generators.
