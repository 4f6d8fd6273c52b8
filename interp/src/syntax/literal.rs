//! Decoding string and number literal tokens into values.
