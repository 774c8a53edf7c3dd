/* An initial-exec TLS block of PAD bytes: dlopen has to place it in the static TLS surplus. */
__attribute__((tls_model("initial-exec"))) __thread char pad_tls[PAD];

char *pad_touch(void) {
    pad_tls[0] = 1;
    return pad_tls;
}
