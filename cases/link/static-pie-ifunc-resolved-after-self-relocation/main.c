#include <stdio.h>

static int answer_impl(void) { return 42; }

/* The resolver reads a pointer from data: that pointer is right only after self-relocation. */
static int (*const volatile impls[])(void) = { answer_impl };

__attribute__((used)) static int (*resolve_answer(void))(void) { return impls[0]; }

int answer(void) __attribute__((ifunc("resolve_answer")));

int main(void) {
    printf("answer=%d via-table=%s\n", answer(), impls[0] == answer_impl ? "yes" : "no");
    return 0;
}
