// The declaration in include/FuzzerDriver.h is all; libFuzzer defines it.
