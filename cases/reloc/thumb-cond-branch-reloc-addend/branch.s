@ int branch_to_addend(void): a Thumb-2 conditional branch (beq.w, relocated
@ by R_ARM_THM_JUMP19) to a symbol of another object file minus 2. The addend
@ -2 is stored in the instruction (REL): the branch must land 2 bytes before
@ target_after, on "movs r0, #42".
        .syntax unified
        .thumb
        .text
        .globl  branch_to_addend
        .type   branch_to_addend, %function
        .thumb_func
branch_to_addend:
        movs    r0, #0
        cmp     r0, #0
        beq.w   target_after-2
        movs    r0, #7
        bx      lr
        .size   branch_to_addend, .-branch_to_addend
        .section .note.GNU-stack,"",%progbits
