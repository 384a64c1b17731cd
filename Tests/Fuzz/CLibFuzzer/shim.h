// libFuzzer's entry for programs that have their own main (compiler-rt, FuzzerInterface.h).
// SwiftPM renames an executable's main, which hides libFuzzer's; the harnesses call this instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
