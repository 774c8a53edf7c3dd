__thread int counter = 5;   /* .tdata */
__thread int hits;          /* .tbss */

int bump(int by) { hits += 1; counter += by; return counter * 10 + hits; }
