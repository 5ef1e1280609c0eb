#ifndef FUZZER_DRIVER_H
#define FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the runtime that `-sanitize=fuzzer` links): runs
/// the fuzzer with the command-line arguments, calling `callback` once per
/// input. Calling it from our own `main` lets SwiftPM build the fuzzer as an
/// ordinary executable target.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
