/* A section of its own, placed 80 MiB above the rest of the DSO by --section-start. */
__attribute__((visibility("hidden"), section("far_text"))) int far_fn(int x) { return x * 3; }
