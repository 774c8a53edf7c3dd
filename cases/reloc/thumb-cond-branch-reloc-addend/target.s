@ Two 16-bit Thumb instructions: target_after-2 is "movs r0, #42", target_after
@ itself is the "bx lr" that follows it.
        .syntax unified
        .thumb
        .text
        .globl  target_after
        .type   target_after, %function
        .thumb_func
        movs    r0, #42
target_after:
        bx      lr
        .size   target_after, .-target_after
        .section .note.GNU-stack,"",%progbits
