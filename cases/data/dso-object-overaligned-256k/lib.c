/* 256 KiB alignment: more than the page size of every arch, so only a loader that
   places the segment at a multiple of its p_align keeps this object aligned. */
_Alignas(262144) int aligned_table[4] = {11, 22, 33, 44};

int *table_addr(void) { return aligned_table; }
