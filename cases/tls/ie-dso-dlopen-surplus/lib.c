/* 8 bytes of initial-exec TLS: small enough for glibc's static TLS surplus. */
__thread int ie_data = 21;
__thread int ie_zero;

int ie_bump(int by) { ie_data += by; ie_zero += 1; return ie_data * 10 + ie_zero; }
