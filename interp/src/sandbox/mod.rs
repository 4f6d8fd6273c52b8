//! Limits, budgets and memory accounting.
