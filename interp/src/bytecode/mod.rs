//! Bytecode: opcodes, code objects, the disassembler.
