// Test fixture: a shared library that is not a docpipe plugin at all.
extern "C" __attribute__((visibility("default"))) int unrelated_function() { return 42; }
